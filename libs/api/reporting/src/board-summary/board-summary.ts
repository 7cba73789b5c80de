import type { CoverageNode, CoverageResponse, ModuleCoverage, ReportedModule } from '../coverage/coverage.dto';
import type { TrendResponse } from '../coverage/trend.dto';
import type { ModuleOnboarding, OnboardingResponse } from '../onboarding/onboarding.dto';
import type { ExportLanguage } from '../export/export-labels';

/** One module's line in the summary: today's numbers beside the same day a year earlier. */
export interface SummaryModuleLine {
  title: string;
  now: ModuleCoverage;
  yearAgo: number | null;
}

/** A unit under a root, and its coverage of each module. */
export interface SummaryUnitLine {
  name: string;
  code: string;
  modules: { title: string; numbers: ModuleCoverage }[];
}

export interface SummarySection {
  unit: { name: string; code: string };
  modules: SummaryModuleLine[];
  units: SummaryUnitLine[];
  onboarding: { title: string; hires: number; numbers: ModuleOnboarding }[];
}

/** Everything the board's summary prints, taken from the engine's own reports and nothing else. */
export interface BoardSummary {
  lang: ExportLanguage;
  municipality: string;
  scope: string | null;
  asOf: string;
  printedAt: Date;
  /** The month end "a year earlier" is read at. */
  yearAgoAsOf: string | null;
  onboardingPeriod: { from: string; to: string };
  sections: SummarySection[];
}

/**
 * Puts the reports together per root of the report (an HR officer's förvaltning, or the whole
 * municipality): its modules, its units one level down, its new starters. The numbers are the
 * reports' own, so the paper says what the dashboard says on the same day.
 */
export function boardSummary(input: {
  lang: ExportLanguage;
  municipality: string;
  scope: string | null;
  coverage: CoverageResponse;
  trend: TrendResponse;
  onboarding: OnboardingResponse;
  printedAt: Date;
}): BoardSummary {
  const { coverage, trend, onboarding, lang } = input;
  const title = titles(coverage.modules, lang);
  const yearAgoPoint = trend.points[0];
  const roots = coverage.nodes.filter((node) => node.parentId === null);
  const sections = roots.map((root): SummarySection => {
    const required = root.modules.filter((m) => m.population > 0);
    const yearAgo = (moduleId: string) =>
      yearAgoPoint?.modules.find((m) => m.moduleId === moduleId)?.percentage ?? null;
    const children = coverage.nodes.filter((node) => node.parentId === root.unitId);
    const started = onboarding.nodes.find((node) => node.unitId === root.unitId);
    return {
      unit: { name: root.name, code: root.code },
      modules: required.map((m) => ({ title: title(m.moduleId), now: m, yearAgo: yearAgo(m.moduleId) })),
      units: children.filter(hasRequirements).map((child) => ({
        name: child.name,
        code: child.code,
        modules: child.modules.filter((m) => m.population > 0).map((m) => ({ title: title(m.moduleId), numbers: m })),
      })),
      onboarding: (started?.modules ?? [])
        .filter((m) => m.required > 0)
        .map((m) => ({ title: title(m.moduleId), hires: started?.hires ?? 0, numbers: m })),
    };
  });
  return {
    lang,
    municipality: input.municipality,
    scope: input.scope,
    asOf: coverage.asOf,
    yearAgoAsOf: yearAgoPoint?.asOf ?? null,
    printedAt: input.printedAt,
    onboardingPeriod: { from: onboarding.from, to: onboarding.to },
    sections,
  };
}

const hasRequirements = (node: CoverageNode) => node.modules.some((m) => m.population > 0);

function titles(modules: ReportedModule[], lang: ExportLanguage) {
  const byId = new Map(modules.map((m) => [m.id, lang === 'en' ? (m.titleEn ?? m.title) : m.title]));
  return (id: string) => byId.get(id) ?? id;
}
