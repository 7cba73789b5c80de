import { EntityManager } from 'typeorm';
import type { DonePart } from './required-parts';

/** The parts a person has done, per version of theirs: what `judgeParts` decides from. */
export async function partsDone(
  em: EntityManager,
  personId: string,
  versionIds: string[],
): Promise<Map<string, DonePart[]>> {
  const byVersion = new Map<string, DonePart[]>();
  if (versionIds.length === 0) return byVersion;
  const rows: (DonePart & { versionId: string })[] = await em.query(
    `SELECT version_id AS "versionId", part, done_at AS "doneAt", session_starts_at AS "sessionStartsAt", score
       FROM completion_part WHERE person_id = $1 AND version_id = ANY($2::uuid[])`,
    [personId, versionIds],
  );
  for (const { versionId, ...part } of rows) byVersion.set(versionId, [...(byVersion.get(versionId) ?? []), part]);
  return byVersion;
}
