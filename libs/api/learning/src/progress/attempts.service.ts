import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { Attempt } from '../entities/attempt.entity';
import { EMPTY_STATE } from '@larnav/shared/learning';
import { VersionContent } from './version-content';

/** Starting and finding a person's attempts; each person sees only their own. */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly db: TenantDb,
    private readonly versions: VersionContent,
  ) {}

  /**
   * Where the learner takes the module: the attempt they have not finished (of whatever version
   * they started), else their attempt at the published version, else a new one. Two tabs
   * starting at once get the same attempt (the unique index decides).
   */
  async start(moduleId: string, actor: Actor): Promise<Attempt> {
    const personId = learner(actor);
    const unfinished = await this.db.transaction((em) =>
      em.findOne(Attempt, { where: { personId, moduleId, completedAt: IsNull() }, order: { startedAt: 'DESC' } }),
    );
    if (unfinished) return unfinished;
    const version = await this.versions.current(moduleId);
    return this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO attempt (tenant_id, person_id, module_id, version_id, state)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, person_id, version_id) DO NOTHING`,
        [this.db.tenantId(), personId, moduleId, version.id, EMPTY_STATE],
      );
      return em.findOneByOrFail(Attempt, { personId, versionId: version.id });
    });
  }

  /** The actor's own attempt, locked for this transaction when `lock` (events and submissions queue up per attempt). */
  async own(em: EntityManager, attemptId: string, actor: Actor, lock = false): Promise<Attempt> {
    const attempt = await em.findOne(Attempt, {
      where: { id: attemptId, personId: learner(actor) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!attempt) throw DomainError.notFound(ProblemCode.AttemptNotFound, `You have no attempt with id ${attemptId}.`);
    return attempt;
  }
}

export function learner(actor: Actor): string {
  if (!actor.personId) throw new DomainError(403, ProblemCode.Forbidden, 'Only a signed-in person takes training.');
  return actor.personId;
}
