import { Injectable } from '@nestjs/common';
import { CatalogQueries } from '@larnav/api/catalog';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { learner } from '../progress/attempts.service';
import { MyModuleResponse, MyTrainingResponse, TrainingStatus } from './my-training.dto';

/** A completion is "expiring soon" this many days before it runs out. */
const EXPIRING_SOON_DAYS = 30;
const URGENCY: TrainingStatus[] = ['overdue', 'expired', 'expiring-soon', 'in-progress', 'not-started', 'completed'];

interface Mine {
  module_id: string;
  due_date: string | null;
  reason: string | null;
  required: boolean;
  attempt_id: string | null;
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
  ) {}

  async of(actor: Actor, search?: string): Promise<MyTrainingResponse> {
    const personId = learner(actor);
    const now = new Date();
    const today = calendarDateAt(now);
    const [published, mine] = await Promise.all([
      this.catalog.published(),
      this.db.transaction((em) => em.query(MINE, [personId]) as Promise<Mine[]>),
    ]);
    const byId = new Map(published.map((m) => [m.id, m]));
    const row = (moduleId: string): MyModuleResponse | null => {
      const module = byId.get(moduleId);
      if (!module) return null;
      const my = mine.find((m) => m.module_id === moduleId);
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
      };
    };
    const rows = mine.map((m) => row(m.module_id)).filter((r): r is MyModuleResponse => r !== null);
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

/** Per module I am enrolled in or have touched: the enrolment, my latest attempt, my latest completion. */
const MINE = `
  WITH modules AS (
    SELECT module_id FROM enrolment WHERE person_id = $1
    UNION SELECT module_id FROM attempt WHERE person_id = $1
  )
  SELECT m.module_id, e.due_date, e.reason, (e.id IS NOT NULL) AS required,
         a.id AS attempt_id, c.completed_at, c.expires_at, cert.id AS certificate_id
    FROM modules m
    LEFT JOIN enrolment e ON e.module_id = m.module_id AND e.person_id = $1
    LEFT JOIN LATERAL (SELECT id FROM attempt WHERE person_id = $1 AND module_id = m.module_id
                        ORDER BY completed_at IS NULL DESC, started_at DESC LIMIT 1) a ON true
    LEFT JOIN LATERAL (SELECT id, completed_at, expires_at FROM completion WHERE person_id = $1 AND module_id = m.module_id
                        ORDER BY completed_at DESC LIMIT 1) c ON true
    LEFT JOIN certificate cert ON cert.completion_id = c.id`;
