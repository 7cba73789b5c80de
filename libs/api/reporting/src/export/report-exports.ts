import { CoveragePeopleResponse, CoverageResponse, ReportedModule } from '../coverage/coverage.dto';
import { TrendResponse } from '../coverage/trend.dto';
import { OnboardingResponse } from '../onboarding/onboarding.dto';
import { EXPORT_LABELS, ExportLanguage } from './export-labels';
import { ExportTable } from './table-export';

/** What every export says about itself: which unit, which module, when exported. */
interface Heading {
  lang: ExportLanguage;
  unit: string | null;
  exportedAt: Date;
}

const titleOf = (modules: ReportedModule[], lang: ExportLanguage) => {
  const titles = new Map(modules.map((m) => [m.id, lang === 'en' ? (m.titleEn ?? m.title) : m.title]));
  return (id: string) => titles.get(id) ?? id;
};

function scopeLines(h: Heading, modules: ReportedModule[], moduleId: string | null): [string, string][] {
  const l = EXPORT_LABELS[h.lang];
  return [
    [l.orgUnit, h.unit ?? l.allUnits],
    [l.module, moduleId ? titleOf(modules, h.lang)(moduleId) : l.allModules],
  ];
}

const exported = (h: Heading): [string, string] => [EXPORT_LABELS[h.lang].exportedAt, h.exportedAt.toISOString()];

export function coverageTable(report: CoverageResponse, h: Heading): ExportTable {
  const l = EXPORT_LABELS[h.lang];
  const title = titleOf(report.modules, h.lang);
  return {
    name: `coverage-${report.asOf}`,
    title: l.coverageTitle,
    meta: [[l.asOf, report.asOf], ...scopeLines(h, report.modules, report.moduleId), exported(h)],
    columns: [
      l.unitCode,
      l.unitName,
      l.depth,
      l.archived,
      l.module,
      l.population,
      l.compliant,
      l.inProgress,
      l.notStarted,
      l.overdue,
      l.exempt,
      l.percentage,
    ],
    rows: report.nodes.flatMap((n) =>
      n.modules.map((m) => [
        n.code,
        n.name,
        n.depth,
        n.archived,
        title(m.moduleId),
        m.population,
        m.compliant,
        m.inProgress,
        m.notStarted,
        m.overdue,
        m.exempt,
        m.percentage,
      ]),
    ),
  };
}

export function peopleTable(
  report: CoveragePeopleResponse,
  filter: { moduleId: string | null; status: string | null; modules: ReportedModule[] },
  h: Heading,
): ExportTable {
  const l = EXPORT_LABELS[h.lang];
  const statuses: Record<string, string> = l.statuses;
  return {
    name: `coverage-people-${report.asOf}`,
    title: l.peopleTitle,
    meta: [
      [l.asOf, report.asOf],
      ...scopeLines(h, filter.modules, filter.moduleId),
      [l.status, filter.status ? statuses[filter.status] : l.allStatuses],
      exported(h),
    ],
    columns: [
      l.name,
      l.email,
      l.employeeNumber,
      l.unitName,
      l.module,
      l.status,
      l.dueDate,
      l.overdueSince,
      l.completedOn,
      l.validUntil,
    ],
    rows: report.people.map((p) => [
      p.name,
      p.email,
      p.employeeNumber,
      p.units.map((u) => u.orgUnitName).join('; '),
      titleOf(filter.modules, h.lang)(p.moduleId),
      statuses[p.status],
      p.dueDate,
      p.overdueSince,
      p.completedOn,
      p.validUntil,
    ]),
  };
}

export function onboardingTable(report: OnboardingResponse, h: Heading): ExportTable {
  const l = EXPORT_LABELS[h.lang];
  const title = titleOf(report.modules, h.lang);
  return {
    name: `onboarding-${report.from}-${report.to}`,
    title: l.onboardingTitle,
    meta: [
      [l.period, `${report.from} – ${report.to}`],
      [l.judgedOn, report.judgedOn],
      ...scopeLines(h, report.modules, report.moduleId),
      exported(h),
    ],
    columns: [
      l.unitCode,
      l.unitName,
      l.depth,
      l.module,
      l.hires,
      l.required,
      l.inTime,
      l.late,
      l.missed,
      l.open,
      l.exempt,
      l.percentage,
    ],
    rows: report.nodes.flatMap((n) =>
      n.modules.map((m) => [
        n.code,
        n.name,
        n.depth,
        title(m.moduleId),
        n.hires,
        m.required,
        m.inTime,
        m.late,
        m.missed,
        m.open,
        m.exempt,
        m.percentage,
      ]),
    ),
  };
}

export function trendTable(report: TrendResponse, h: Heading): ExportTable {
  const l = EXPORT_LABELS[h.lang];
  const title = titleOf(report.modules, h.lang);
  return {
    name: `coverage-trend-${report.points.at(-1)?.asOf ?? 'empty'}`,
    title: l.trendTitle,
    meta: [[l.months, String(report.points.length)], ...scopeLines(h, report.modules, report.moduleId), exported(h)],
    columns: [
      l.asOf,
      l.module,
      l.population,
      l.compliant,
      l.inProgress,
      l.notStarted,
      l.overdue,
      l.exempt,
      l.percentage,
    ],
    rows: report.points.flatMap((p) =>
      p.modules.map((m) => [
        p.asOf,
        title(m.moduleId),
        m.population,
        m.compliant,
        m.inProgress,
        m.notStarted,
        m.overdue,
        m.exempt,
        m.percentage,
      ]),
    ),
  };
}
