import { Injectable } from '@nestjs/common';
import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine, Requirement } from '@larnav/api/compliance';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { learner } from '../progress/attempts.service';
import { ModuleParts } from './module-parts';
import { MyModuleResponse, MyTrainingResponse, TrainingStatus } from './my-training.dto';
import { requirementReason } from './requirement-reason';

/** A completion is "expiring soon" this many days before it runs out. */
const EXPIRING_SOON_DAYS = 30;
const URGENCY: TrainingStatus[] = ['overdue', 'expired', 'expiring-soon', 'in-progress', 'not-started', 'completed'];

interface Mine {
  module_id: string;
  due_date: string | null;
  reason: string | null;
  required: boolean;
  attempt_id: string | null;
  attempt_version_id: string | null;
  completed_at: Date | null;
  expires_at: Date | null;
  certificate_id: string | null;
}

/**
 * The start page: what is required of me and when, what I have started, what I have done, and
 * what else I may take. Statuses are counted on today's date in Stockholm.
 */
@Injectable()
export class MyTrainingQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly catalog: CatalogQueries,
    private readonly engine: AssignmentEngine,
    private readonly parts: ModuleParts,
  ) {}

  async of(actor: Actor, search?: string): Promise<MyTrainingResponse> {
    const personId = learner(actor);
    const now = new Date();
    const today = calendarDateAt(now);
    const [published, mine, requirements] = await Promise.all([
      this.catalog.published(),
      this.db.transaction((em) => em.query(MINE, [personId]) as Promise<Mine[]>),
      this.engine.requirementsAt(today, [personId]),
    ]);
    const ruled = await this.ruledModules(personId, requirements, today);
    const byId = new Map(published.map((m) => [m.id, m]));
    const parts = await this.parts.of(
      personId,
      published.map((m) => ({
        moduleId: m.id,
        publishedVersionId: m.versionId,
        publishedRule: m,
        attemptVersionId: mine.find((my) => my.module_id === m.id)?.attempt_version_id ?? null,
      })),
    );
    const row = (moduleId: string): MyModuleResponse | null => {
      const module = byId.get(moduleId);
      if (!module) return null;
      const my = mine.find((m) => m.module_id === moduleId);
      const rule = ruled.get(moduleId);
      if (rule) {
        return {
          ...base(module, my),
          parts: parts.get(moduleId) ?? null,
          status:
            rule.status === 'open' ? (my?.attempt_id && !my.completed_at ? 'in-progress' : 'not-started') : rule.status,
          required: true,
          dueDate: rule.due,
          reason: rule.reason,
        };
      }
      return {
        moduleId,
        title: module.title,
        titleEn: module.titleEn,
        summary: module.summary,
        summaryEn: module.summaryEn,
        estimatedMinutes: module.estimatedMinutes,
        status: statusOf(my, today, now),
        required: my?.required ?? false,
        dueDate: my?.due_date ?? null,
        reason: my?.reason ?? null,
        attemptId: my?.attempt_id ?? null,
        completedAt: my?.completed_at ?? null,
        expiresAt: my?.expires_at ?? null,
        certificateId: my?.certificate_id ?? null,
        municipality: module.municipality,
        tags: module.tags,
        parts: parts.get(moduleId) ?? null,
      };
    };
    const touched = [...new Set([...mine.map((m) => m.module_id), ...ruled.keys()])];
    const rows = touched.map((id) => row(id)).filter((r): r is MyModuleResponse => r !== null);
    const needle = search?.trim().toLowerCase();
    const catalogue = published
      .filter((m) => !needle || `${m.title} ${m.titleEn ?? ''} ${m.tags.join(' ')}`.toLowerCase().includes(needle))
      .map((m) => row(m.id) as MyModuleResponse)
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    return {
      today,
      required: rows
        .filter((r) => r.required)
        .sort(
          (a, b) =>
            URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'),
        ),
      inProgress: rows.filter((r) => !r.required && r.status === 'in-progress'),
      completed: rows
        .filter((r) => r.completedAt !== null)
        .sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0)),
      catalogue,
    };
  }

  /**
   * The modules rules require of the person today, one row each: the earliest due date of the
   * rules that require it, the status the engine judged, and the reason in the person's language.
   */
  private async ruledModules(
    personId: string,
    requirements: Requirement[],
    today: string,
  ): Promise<Map<string, { due: string; reason: string; status: TrainingStatus | 'open' }>> {
    if (requirements.length === 0) return new Map();
    const [names] = await this.db.transaction((em) =>
      em.query(
        `SELECT p.locale,
                (SELECT u.name FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
                  WHERE e.person_id = p.id AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date >= $2)
                  ORDER BY e.start_date DESC LIMIT 1) AS unit,
                (SELECT json_object_agg(u.id, u.name) FROM org_unit u WHERE u.id = ANY($3::uuid[])) AS targets
           FROM person p WHERE p.id = $1`,
        [personId, today, requirements.map((r) => r.targetOrgUnitId).filter(Boolean)],
      ),
    );
    const language = names?.locale === 'en' ? 'en' : 'sv';
    const byModule = new Map<string, { due: string; reason: string; status: TrainingStatus | 'open' }>();
    for (const r of [...requirements].sort((a, b) => a.effectiveDue.localeCompare(b.effectiveDue))) {
      if (byModule.has(r.moduleId)) continue;
      const status: TrainingStatus | 'open' = r.exempt
        ? 'exempt'
        : r.compliant
          ? r.validUntil && daysBetween(today, r.validUntil) <= EXPIRING_SOON_DAYS
            ? 'expiring-soon'
            : 'completed'
          : r.effectiveDue < today
            ? 'overdue'
            : 'open';
      const target = r.targetOrgUnitId ? (names?.targets?.[r.targetOrgUnitId] ?? null) : null;
      const reason = requirementReason(r, { unit: names?.unit ?? null, target }, language);
      byModule.set(r.moduleId, { due: r.effectiveDue, reason, status });
    }
    return byModule;
  }
}

/** The fields every row has, whatever makes it required. */
function base(
  module: {
    title: string;
    titleEn: string | null;
    summary: string;
    summaryEn: string | null;
    estimatedMinutes: number;
    municipality: string;
    tags: string[];
    id: string;
  },
  my: Mine | undefined,
) {
  return {
    moduleId: module.id,
    title: module.title,
    titleEn: module.titleEn,
    summary: module.summary,
    summaryEn: module.summaryEn,
    estimatedMinutes: module.estimatedMinutes,
    attemptId: my?.attempt_id ?? null,
    completedAt: my?.completed_at ?? null,
    expiresAt: my?.expires_at ?? null,
    certificateId: my?.certificate_id ?? null,
    municipality: module.municipality,
    tags: module.tags,
  };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

function statusOf(my: Mine | undefined, today: string, now: Date): TrainingStatus {
  if (my?.completed_at) {
    if (my.expires_at && my.expires_at <= now)
      return my.required && my.due_date && my.due_date < today ? 'overdue' : 'expired';
    if (my.expires_at && my.expires_at.getTime() - now.getTime() < EXPIRING_SOON_DAYS * 86_400_000)
      return 'expiring-soon';
    return 'completed';
  }
  if (my?.required && my.due_date && my.due_date < today) return 'overdue';
  return my?.attempt_id ? 'in-progress' : 'not-started';
}

/**
 * Per module I am enrolled in, have touched or have completed (a live session attended completes
 * a module with no attempt at all): the enrolment, my latest attempt, my latest completion.
 */
const MINE = `
  WITH modules AS (
    SELECT module_id FROM enrolment WHERE person_id = $1
    UNION SELECT module_id FROM attempt WHERE person_id = $1
    UNION SELECT module_id FROM completion WHERE person_id = $1
  )
  SELECT m.module_id, e.due_date, e.reason, (e.id IS NOT NULL) AS required,
         a.id AS attempt_id, a.version_id AS attempt_version_id, c.completed_at, c.expires_at, cert.id AS certificate_id
    FROM modules m
    LEFT JOIN enrolment e ON e.module_id = m.module_id AND e.person_id = $1
    LEFT JOIN LATERAL (SELECT id, version_id FROM attempt WHERE person_id = $1 AND module_id = m.module_id
                        ORDER BY completed_at IS NULL DESC, started_at DESC LIMIT 1) a ON true
    LEFT JOIN LATERAL (SELECT id, completed_at, expires_at FROM completion WHERE person_id = $1 AND module_id = m.module_id
                        ORDER BY completed_at DESC LIMIT 1) c ON true
    LEFT JOIN certificate cert ON cert.completion_id = c.id`;
