import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { learner } from '../progress/attempts.service';

/**
 * Everything Lärnav holds about a person's learning (GDPR art. 15 and 20): who they are here,
 * what was required of them, every attempt, event, answer, part of a completion, completion and certificate.
 */
@Injectable()
export class MyDataExport {
  constructor(private readonly db: TenantDb) {}

  of(actor: Actor): Promise<Record<string, unknown>> {
    const personId = learner(actor);
    return this.db.transaction(async (em) => {
      const query = (sql: string) => em.query(sql, [personId]);
      const [person] = await query(
        `SELECT id, name, email, locale, external_id AS "externalId", active, created_at AS "createdAt" FROM person WHERE id = $1`,
      );
      return {
        exportedAt: new Date().toISOString(),
        person,
        employments: await query(
          `SELECT e.start_date AS "startDate", e.end_date AS "endDate", e.job_role AS "jobRole", u.name AS unit
             FROM employment e JOIN org_unit u ON u.id = e.org_unit_id WHERE e.person_id = $1 ORDER BY e.start_date`,
        ),
        enrolments: await query(
          `SELECT module_id AS "moduleId", due_date AS "dueDate", reason, created_at AS "createdAt" FROM enrolment WHERE person_id = $1`,
        ),
        attempts: await query(
          `SELECT id, module_id AS "moduleId", version_id AS "versionId", state, started_at AS "startedAt", completed_at AS "completedAt"
             FROM attempt WHERE person_id = $1 ORDER BY started_at`,
        ),
        progressEvents: await query(
          `SELECT id, attempt_id AS "attemptId", type, data, occurred_at AS "occurredAt", received_at AS "receivedAt"
             FROM progress_event WHERE person_id = $1 ORDER BY occurred_at`,
        ),
        quizSubmissions: await query(
          `SELECT id, attempt_id AS "attemptId", quiz_id AS "quizId", try_number AS "tryNumber", results, score, passed, submitted_at AS "submittedAt"
             FROM quiz_submission WHERE person_id = $1 ORDER BY submitted_at`,
        ),
        completionParts: await query(
          `SELECT module_id AS "moduleId", version_id AS "versionId", part, source_id AS "sourceId", done_at AS "doneAt",
                  session_starts_at AS "sessionStartsAt", score, recorded_at AS "recordedAt"
             FROM completion_part WHERE person_id = $1 ORDER BY done_at`,
        ),
        completions: await query(
          `SELECT id, module_id AS "moduleId", version_id AS "versionId", completed_at AS "completedAt", score, method, expires_at AS "expiresAt"
             FROM completion WHERE person_id = $1 ORDER BY completed_at`,
        ),
        certificates: await query(
          `SELECT id, code, module_title AS "moduleTitle", version_number AS "versionNumber", completed_at AS "completedAt",
                  expires_at AS "expiresAt", revoked_at AS "revokedAt", issued_at AS "issuedAt"
             FROM certificate WHERE person_id = $1 ORDER BY issued_at`,
        ),
      };
    });
  }
}
