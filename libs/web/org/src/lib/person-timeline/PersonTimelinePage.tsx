import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { problemOf, usePersonTimeline } from '@larnav/web/api-client';
import {
  ErrorState,
  formatCalendarDate,
  LoadingState,
  PageHeader,
  Panel,
  RouteLink,
  todayInStockholm,
} from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmploymentsTable } from './EmploymentsTable';
import { RequirementsTable } from './RequirementsTable';
import { TimelineEvents } from './TimelineEvents';

const useStyles = makeStyles({
  panels: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  back: { marginBottom: tokens.spacingVerticalM },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** HR reads one person's story: what is (or was, for a leaver) required of them, and everything that happened. */
export function PersonTimelinePage() {
  const { t, i18n } = useTranslation('org');
  const styles = useStyles();
  const { personId = '' } = useParams();
  const timeline = usePersonTimeline(personId);

  if (timeline.isPending) return <LoadingState label={t('timeline.loading')} />;
  if (timeline.isError) return <ErrorState problem={problemOf(timeline.error)} onRetry={() => timeline.refetch()} />;
  const { person, judgedOn, requirements, events } = timeline.data;
  const today = judgedOn === todayInStockholm();
  return (
    <>
      <div className={styles.back}>
        {/* Back in history keeps the search the person came from; a direct visit goes to an empty one. */}
        <RouteLink to="/people">{t('timeline.back')}</RouteLink>
      </div>
      <PageHeader title={person.name} documentTitle={t('timeline.pageTitle', { name: person.name })}>
        {person.email}
        {person.active ? '' : ` · ${t('timeline.inactive')}`}
      </PageHeader>
      <div className={styles.panels}>
        <Panel heading={t('timeline.requirements.heading')}>
          <Body1 as="p" className={styles.muted}>
            {today
              ? t('timeline.requirements.today')
              : t('timeline.requirements.lastDay', { date: formatCalendarDate(judgedOn, i18n.language) })}
          </Body1>
          <RequirementsTable requirements={requirements} />
        </Panel>
        <Panel heading={t('timeline.employments.heading')}>
          <EmploymentsTable employments={person.employments} />
        </Panel>
        <Panel heading={t('timeline.events.heading')}>
          <TimelineEvents events={events} />
        </Panel>
      </div>
    </>
  );
}
