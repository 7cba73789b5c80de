export { takesRawUpload } from './upload-body';
export { MediaAccess } from './media-access';
