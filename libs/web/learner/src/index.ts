export { LEARNER_NAMESPACE, learnerTranslations } from './i18n/translations';
export { certificateRoutes, learnerRoutes, MY_TRAINING_PATH } from './lib/learner-routes';
export { MyDataDownload } from './lib/my-data/MyDataDownload';
export { ProgressQueue, type QueueStatus, type Transport } from './lib/progress/progress-queue';
