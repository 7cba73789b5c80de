import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { type Attempt, certificatePdfUrl } from '@larnav/web/api-client';
import { formatInstant, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useLearnerStyles } from '../shared/learner.styles';

/** The module is done: said clearly, with the certificate to download in either language. */
export function CompletionPanel({ completion }: { completion: NonNullable<Attempt['completion']> }) {
  const { t, i18n } = useTranslation('learner');
  const styles = useLearnerStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <h2 className={styles.messageHeading}>{t('player.completed.title')}</h2>
        <p>
          {t('player.completed.body', { date: formatInstant(completion.completedAt, i18n.language) })}
          {completion.score !== null ? ` ${t('player.completed.score', { score: completion.score })}` : ''}
        </p>
        <div className={styles.row}>
          {completion.certificateId && (
            <>
              <Link href={certificatePdfUrl(completion.certificateId, 'sv')} download>
                {t('certificate.downloadSv')}
              </Link>
              <Link href={certificatePdfUrl(completion.certificateId, 'en')} download>
                {t('certificate.downloadEn')}
              </Link>
            </>
          )}
          <RouteLink to="/my-training">{t('player.backToMyTraining')}</RouteLink>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
