import { Inject, Injectable, Optional } from '@nestjs/common';
import { TenantDb } from '@larnav/api/db';
import { CompletionPart, CompletionRequirement } from '@larnav/shared/catalog';
import { partsDone } from '../completion/parts-progress';
import { judgeParts, PartsRule } from '../completion/required-parts';
import { VersionContent } from '../progress/version-content';
import { BOOKABLE_SESSIONS, BookableSessions } from './bookable-sessions';
import type { ModulePartsResponse } from './my-training.dto';

/** A module as My training sees it: the version the learner takes and, if started, their attempt's. */
export interface TakenModule {
  moduleId: string;
  publishedVersionId: string;
  publishedRule: PartsRule;
  /** The version of the learner's latest attempt; null before they start. */
  attemptVersionId: string | null;
}

/** Which parts of a module that needs a live session are done and remain, and the next session. */
@Injectable()
export class ModuleParts {
  constructor(
    private readonly db: TenantDb,
    private readonly versions: VersionContent,
    @Optional() @Inject(BOOKABLE_SESSIONS) private readonly sessions?: BookableSessions,
  ) {}

  async of(personId: string, modules: TakenModule[]): Promise<Map<string, ModulePartsResponse>> {
    // The learner's attempt pins its version (and so its rule); before an attempt, the published one.
    const taken = await Promise.all(
      modules.map(async (m) => {
        const versionId = m.attemptVersionId ?? m.publishedVersionId;
        const rule: PartsRule =
          versionId === m.publishedVersionId
            ? m.publishedRule
            : await this.versions.get(m.moduleId, versionId).catch(() => m.publishedRule);
        return { moduleId: m.moduleId, versionId, rule };
      }),
    );
    const withSession = taken.filter((t) => needsSession(t.rule.completionRequirement));
    if (withSession.length === 0) return new Map();
    const done = await this.db.transaction((em) =>
      partsDone(
        em,
        personId,
        withSession.map((t) => t.versionId),
      ),
    );
    const judged = withSession.map((t) => ({ ...t, judged: judgeParts(t.rule, done.get(t.versionId) ?? []) }));
    const wanting = judged.filter((t) => t.judged.remaining.includes(CompletionPart.LiveSession));
    const next = this.sessions
      ? await this.sessions.nextFor(
          personId,
          wanting.map((t) => t.moduleId),
        )
      : new Map();
    return new Map(
      judged.map(({ moduleId, rule, judged: j }) => [
        moduleId,
        {
          completionRequirement: rule.completionRequirement,
          partOrder: rule.partOrder,
          eLearningDoneAt: j.eLearningDoneAt,
          sessionAttendedAt: j.sessionDoneAt,
          sessionOutOfOrder: j.sessionOutOfOrder && j.sessionDoneAt === null,
          remaining: j.remaining,
          nextSession: j.remaining.includes(CompletionPart.LiveSession) ? (next.get(moduleId) ?? null) : null,
        },
      ]),
    );
  }
}

function needsSession(requirement: CompletionRequirement): boolean {
  return requirement === CompletionRequirement.Both || requirement === CompletionRequirement.LiveSession;
}
