import { Body1, Switch, Title1 } from '@fluentui/react-components';
import { useOrgTree } from '@larnav/web/api-client';
import { CalendarDatePicker } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitManagerPanel } from '../unit-manager/UnitManagerPanel';
import { UnitPeoplePanel } from '../unit-people/UnitPeoplePanel';
import { OrgTreePanel } from './OrgTreePanel';
import { useOrganisationPageStyles } from './organisation-page.styles';
import { useOrganisationParams } from './use-organisation-params';

/** The municipality's organisation, with head counts, as it was on a chosen date. */
export function OrganisationPage() {
  const { t } = useTranslation('org');
  const styles = useOrganisationPageStyles();
  const { at, unitId, setAt, setUnitId } = useOrganisationParams();
  const [showArchived, setShowArchived] = useState(false);
  // Shares the tree query with OrgTreePanel (same key): no second request.
  const tree = useOrgTree(at);
  const selectedUnit = tree.data?.units.find((unit) => unit.id === unitId) ?? null;

  return (
    <>
      <title>{t('pageTitle')}</title>
      <div className={styles.intro}>
        <Title1 as="h1" className={styles.heading}>
          {t('title')}
        </Title1>
        <Body1 as="p" className={styles.heading}>
          {t('intro')}
        </Body1>
      </div>
      <div className={styles.filters} role="group" aria-label={t('filters.label')}>
        <CalendarDatePicker className={styles.datePicker} label={t('filters.asOf')} value={at} onChange={setAt} />
        <Switch
          label={t('filters.showArchived')}
          checked={showArchived}
          onChange={(_, data) => setShowArchived(data.checked)}
        />
      </div>
      <div className={styles.columns}>
        <OrgTreePanel at={at} showArchived={showArchived} selectedUnitId={unitId} onSelectUnit={setUnitId} />
        <div className={styles.panel}>
          {selectedUnit && <UnitManagerPanel key={selectedUnit.id} unit={selectedUnit} />}
          <UnitPeoplePanel unit={selectedUnit} at={at} />
        </div>
      </div>
    </>
  );
}
