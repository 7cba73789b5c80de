import { Caption1, Spinner, Subtitle1 } from '@fluentui/react-components';
import { OrganizationRegular } from '@fluentui/react-icons';
import { problemOf, useOrgTree } from '@larnav/web/api-client';
import { type CalendarDate, EmptyState, ErrorState, formatCalendarDate, LoadingState } from '@larnav/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTree } from '../org-tree/OrgTree';
import { visibleUnits } from '../org-tree/visible-units';
import { useOrganisationPageStyles } from './organisation-page.styles';

export interface OrgTreePanelProps {
  at: CalendarDate;
  showArchived: boolean;
  selectedUnitId: string | null;
  onSelectUnit: (unitId: string) => void;
}

export function OrgTreePanel({ at, showArchived, selectedUnitId, onSelectUnit }: OrgTreePanelProps) {
  const { t, i18n } = useTranslation('org');
  const styles = useOrganisationPageStyles();
  const headingId = useId();
  const tree = useOrgTree(at);
  // The date the shown numbers are for: the server's answer, which lags `at` while a new date loads.
  const shownDate = formatCalendarDate(tree.data?.at ?? at, i18n.language);

  const content = () => {
    if (tree.isPending) return <LoadingState label={t('tree.loading')} />;
    if (tree.isError) return <ErrorState problem={problemOf(tree.error)} onRetry={() => tree.refetch()} />;
    const units = visibleUnits(tree.data.units, showArchived);
    if (units.length === 0) {
      return (
        <EmptyState icon={<OrganizationRegular />} title={t('tree.empty.title')}>
          {t('tree.empty.body', { date: shownDate })}
        </EmptyState>
      );
    }
    return (
      <>
        <Caption1 className={styles.legend}>{t('tree.legend')}</Caption1>
        <OrgTree units={units} selectedUnitId={selectedUnitId} onSelectUnit={onSelectUnit} />
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className={styles.panel} aria-busy={tree.isFetching}>
      <div className={styles.panelHeading}>
        <Subtitle1
          as="h2"
          id={headingId}
          className={styles.heading}
          data-testid="org-tree-heading"
          data-at={tree.data?.at}
        >
          {t('tree.heading', { date: shownDate })}
        </Subtitle1>
        {tree.isPlaceholderData && <Spinner size="extra-tiny" label={t('tree.updating')} />}
      </div>
      {content()}
    </section>
  );
}
