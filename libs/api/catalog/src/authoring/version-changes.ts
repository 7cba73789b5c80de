import type { Lesson } from '@larnav/shared/catalog';
import type { VersionChanges } from '../entities/module-version.entity';

/**
 * What a new version changes, lesson by lesson (ids are kept across versions by the editor),
 * for the version history. Lesson titles, not ids, so a person can read it.
 */
export function versionChanges(
  before: { title: string; lessons: Lesson[] } | null,
  after: { title: string; lessons: Lesson[] },
): VersionChanges {
  const old = new Map((before?.lessons ?? []).map((l) => [l.id, l]));
  const current = new Map(after.lessons.map((l) => [l.id, l]));
  const kept = after.lessons.filter((l) => old.has(l.id));
  const oldOrder = (before?.lessons ?? []).filter((l) => current.has(l.id)).map((l) => l.id);
  return {
    titleChanged: before !== null && before.title !== after.title,
    lessonsAdded: after.lessons.filter((l) => !old.has(l.id)).map((l) => l.title),
    lessonsRemoved: (before?.lessons ?? []).filter((l) => !current.has(l.id)).map((l) => l.title),
    lessonsChanged: kept.filter((l) => JSON.stringify(l) !== JSON.stringify(old.get(l.id))).map((l) => l.title),
    lessonsMoved: kept.map((l) => l.id).join() !== oldOrder.join(),
  };
}
