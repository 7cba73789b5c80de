import { Field, Link, Select } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular, DocumentPdfRegular } from '@fluentui/react-icons';
import { boardSummaryUrl, type CoverageNode, problemOf, useCoverage } from '@larnav/web/api-client';
import {
  CalendarDatePicker,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  Panel,
  todayInStockholm,
} from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OnboardingPanel } from '../onboarding/OnboardingPanel';
import { ExportLinks } from '../shared/ExportLinks';
import { moduleTitle, useReportLanguage } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';
import { CoveragePeoplePanel } from './CoveragePeoplePanel';
import { CoverageTreeTable } from './CoverageTreeTable';
import { LiveSessionStandingPanel } from '../live-sessions/LiveSessionStandingPanel';
import { HeatMapPanel } from './HeatMapPanel';
import { TrendPanel } from './TrendPanel';

/**
 * HR's coverage dashboard. Without a unit the API reports the asker's own subtrees, so an HR
 * officer lands on their förvaltning. One request brings every required module; the module select
 * only chooses which one's numbers the tables show.
 */
export function CoveragePage() {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const language = useReportLanguage();
  const today = todayInStockholm();
  const [asOf, setAsOf] = useState(today);
  const [chosenModuleId, setChosenModuleId] = useState<string | null>(null);
  const [chosenUnit, setChosenUnit] = useState<CoverageNode | null>(null);
  const coverage = useCoverage({ orgUnitId: null, moduleId: null, asOf });
  const modules = coverage.data?.modules ?? [];
  // A module chosen on another day may not be required on this one: fall back to the first.
  const module = modules.find((entry) => entry.id === chosenModuleId) ?? modules[0];
  const title = moduleTitle(module, language);

  const body = () => {
    if (coverage.isPending) return <LoadingState />;
    if (coverage.isError) return <ErrorState problem={problemOf(coverage.error)} onRetry={() => coverage.refetch()} />;
    if (!module)
      return (
        <EmptyState icon={<ClipboardTaskListLtrRegular />} title={t('coverage.noModules')}>
          {t('coverage.noModulesBody')}
        </EmptyState>
      );
    const treeLabel = t('coverage.treeLabel', { module: title, asOf });
    return (
      <>
        <Panel
          heading={t('coverage.treeHeading')}
          actions={<ExportLinks table="coverage" tableName={treeLabel} filters={{ moduleId: module.id, asOf }} />}
        >
          <CoverageTreeTable
            coverage={coverage}
            moduleId={module.id}
            label={treeLabel}
            chosenUnitId={chosenUnit?.unitId ?? null}
            onChoose={setChosenUnit}
          />
        </Panel>
        {chosenUnit && (
          <>
            <CoveragePeoplePanel
              key={`${chosenUnit.unitId} ${module.id} ${asOf}`}
              unit={chosenUnit}
              moduleId={module.id}
              moduleTitle={title}
              asOf={asOf}
              onClose={() => setChosenUnit(null)}
            />
            <TrendPanel unit={chosenUnit} moduleId={module.id} moduleTitle={title} />
          </>
        )}
        {/* Bookings are about the coming sessions: shown for today, not for a past day. */}
        {asOf === today && (
          <LiveSessionStandingPanel
            key={`${chosenUnit?.unitId ?? 'all'} ${module.id}`}
            source="reporting"
            orgUnitId={chosenUnit?.unitId ?? null}
            scopeName={chosenUnit?.name ?? t('coverage.allUnits')}
            moduleId={module.id}
            moduleTitle={title}
          />
        )}
        {modules.length > 1 && <HeatMapPanel coverage={coverage} asOf={asOf} />}
        <OnboardingPanel moduleId={module.id} moduleTitle={title} />
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('coverage.title')} documentTitle={t('coverage.pageTitle')}>
        {t('coverage.intro')}
      </PageHeader>
      <div className={styles.stack}>
        <Panel
          heading={t('coverage.filters')}
          actions={
            <Link href={boardSummaryUrl(language, { asOf })} download>
              <DocumentPdfRegular aria-hidden /> {t('coverage.boardSummary', { asOf })}
            </Link>
          }
        >
          <div className={styles.filters}>
            <CalendarDatePicker label={t('coverage.asOf')} value={asOf} onChange={setAsOf} maxDate={today} required />
            <Field label={t('coverage.module')}>
              <Select
                value={module?.id ?? ''}
                disabled={modules.length === 0}
                onChange={(_, data) => setChosenModuleId(data.value)}
              >
                {modules.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {moduleTitle(entry, language)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </Panel>
        {body()}
      </div>
    </>
  );
}
