import { Body1, makeStyles, Subtitle1 } from '@fluentui/react-components';
import { PeopleRegular, PersonQuestionMarkRegular } from '@fluentui/react-icons';
import { type OrgUnitNode, problemOf, useUnitPeople } from '@larnav/web/api-client';
import { type CalendarDate, EmptyState, ErrorState, formatCalendarDate, LoadingState } from '@larnav/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PeopleTable } from './PeopleTable';

const useStyles = makeStyles({
  heading: { margin: 0 },
  status: { margin: 0, ':empty': { display: 'none' } },
});

export interface UnitPeoplePanelProps {
  unit: OrgUnitNode | null;
  at: CalendarDate;
  className?: string;
}

/** Who was employed in the chosen unit's subtree on the chosen date. */
export function UnitPeoplePanel({ unit, at, className }: UnitPeoplePanelProps) {
  const { t, i18n } = useTranslation('org');
  const styles = useStyles();
  const headingId = useId();
  const people = useUnitPeople(unit?.id ?? null, at);
  const date = formatCalendarDate(people.data?.at ?? at, i18n.language);

  const content = () => {
    if (!unit) {
      return (
        <EmptyState icon={<PeopleRegular />} title={t('people.pick.title')}>
          {t('people.pick.body')}
        </EmptyState>
      );
    }
    if (people.isPending) return <LoadingState label={t('people.loading')} />;
    if (people.isError) return <ErrorState problem={problemOf(people.error)} onRetry={() => people.refetch()} />;
    if (people.data.people.length === 0) {
      return <EmptyState icon={<PersonQuestionMarkRegular />} title={t('people.empty.title')} />;
    }
    return <PeopleTable people={people.data.people} labelledBy={headingId} />;
  };

  // One line that says what the list now shows, announced when the unit or date changes; the
  // table itself stays out of the live region so it is not read out whole.
  const status = () => {
    if (!unit || !people.isSuccess) return '';
    const { total, people: shown } = people.data;
    if (total === 0) return t('people.empty.body', { unit: unit.name, date });
    const summary = t('people.summary', { count: total, date });
    // The API pages large subtrees (a whole förvaltning); say when the list is not everyone.
    return shown.length < total ? `${summary} ${t('people.truncated', { shown: shown.length })}` : summary;
  };

  return (
    <section aria-labelledby={headingId} className={className}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {unit ? t('people.headingFor', { unit: unit.name }) : t('people.heading')}
      </Subtitle1>
      <Body1 as="p" aria-live="polite" className={styles.status}>
        {status()}
      </Body1>
      {content()}
    </section>
  );
}
