import { Body1, Button, Card, CardFooter, CardHeader, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { certificatePdfUrl, type MyModule } from '@larnav/web/api-client';
import { type CalendarDate, formatCalendarDate, formatInstant } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { useLearnerStyles } from '../shared/learner.styles';
import { ModuleParts } from './ModuleParts';
import { TrainingStatusBadge, useReasonText } from './training-status';

const useStyles = makeStyles({
  card: { height: '100%' },
  facts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

/** One module on My training: what it is, its status for me, by when, why, and the way in. */
export function ModuleCard({ module, showOrigin = false }: { module: MyModule; showOrigin?: boolean }) {
  const { t, i18n } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  const reasonText = useReasonText();
  const to = `/my-training/${module.moduleId}`;
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  const english = i18n.language === 'en';
  const title = (english && module.titleEn) || module.title;
  const summary = (english && module.summaryEn) || module.summary;
  const reason = reasonText(module.reason);
  const action =
    module.status === 'in-progress'
      ? t('training.continue')
      : module.completedAt
        ? t('training.openAgain')
        : t('training.start');
  return (
    <Card className={styles.card} data-testid="module-card">
      <CardHeader
        header={
          <Subtitle2 as="h3" className={styles.title}>
            {title}
          </Subtitle2>
        }
        description={<TrainingStatusBadge status={module.status} />}
      />
      <Body1 as="p" className={shared.heading}>
        {summary}
      </Body1>
      <ul className={styles.facts} aria-label={t('training.factsLabel', { title })}>
        {module.dueDate && <li>{t('training.due', { date: formatCalendarDate(module.dueDate as CalendarDate, i18n.language) })}</li>}
        {reason && <li>{reason}</li>}
        <li>{t('training.minutes', { count: module.estimatedMinutes })}</li>
        {showOrigin && <li>{t('training.from', { municipality: module.municipality })}</li>}
        {module.completedAt && <li>{t('training.completedAt', { date: formatInstant(module.completedAt, i18n.language) })}</li>}
        {module.expiresAt && <li>{t('training.expiresAt', { date: formatInstant(module.expiresAt, i18n.language) })}</li>}
      </ul>
      {module.parts && !module.completedAt && <ModuleParts moduleId={module.moduleId} title={title} parts={module.parts} />}
      <CardFooter>
        <Button as="a" href={href} onClick={onClick} appearance={module.completedAt ? 'secondary' : 'primary'} aria-label={`${action}: ${title}`}>
          {action}
        </Button>
        {module.certificateId && (
          <Link href={certificatePdfUrl(module.certificateId, english ? 'en' : 'sv')} download>
            {t('certificate.download', { title })}
          </Link>
        )}
      </CardFooter>
    </Card>
  );
}
