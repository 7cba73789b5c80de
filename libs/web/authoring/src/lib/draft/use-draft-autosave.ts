import { ProblemCode } from '@larnav/contracts';
import { dataOrThrow, problemOf, useApiClient, useSaveDraft, type VersionContent } from '@larnav/web/api-client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { contentOf, type DraftContent, saveInputOf } from './draft-content';
import { draftProblems } from './draft-problems';

/** After the last change, how long the editor waits before saving. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'failed' | 'conflict';

/**
 * The draft being edited, saved whole a pause after each change with the revision it was based
 * on. A 409 (another trainer saved in between) stops autosaving until the trainer chooses: load
 * theirs, or keep theirs' revision and save mine over it, deliberately.
 */
export function useDraftAutosave(moduleId: string, version: VersionContent, delayMs = AUTOSAVE_DELAY_MS) {
  const client = useApiClient();
  const save = useSaveDraft(moduleId);
  const [content, setContent] = useState<DraftContent>(() => contentOf(version));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(contentOf(version)));
  const revision = useRef(version.revision);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<{ json: string; error: unknown } | null>(null);
  const problems = useMemo(() => draftProblems(content), [content]);
  const json = JSON.stringify(content);
  const dirty = json !== savedJson;

  const saveNow = useCallback(
    async (snapshot: DraftContent) => {
      const snapshotJson = JSON.stringify(snapshot);
      setSaving(true);
      try {
        const saved = await save.mutateAsync(saveInputOf(snapshot, revision.current));
        revision.current = saved.revision;
        setSavedJson(snapshotJson);
        setFailure(null);
      } catch (error) {
        if (problemOf(error)?.code === ProblemCode.DraftChangedElsewhere) setConflict(true);
        else setFailure({ json: snapshotJson, error });
      } finally {
        setSaving(false);
      }
    },
    [save],
  );

  const failedNow = failure !== null && failure.json === json;
  useEffect(() => {
    // A failed save is not retried by itself for the same content: the trainer changes it or asks.
    if (!dirty || conflict || saving || failedNow || problems.size > 0) return;
    const timer = setTimeout(() => void saveNow(content), delayMs);
    return () => clearTimeout(timer);
  }, [content, dirty, conflict, saving, failedNow, problems, saveNow, delayMs]);

  const latest = useCallback(
    async () =>
      dataOrThrow(
        await client.GET('/api/catalog/modules/{id}/versions/{versionId}', {
          params: { path: { id: moduleId, versionId: version.id } },
        }),
      ),
    [client, moduleId, version.id],
  );

  /** "Ladda om utkastet": their version replaces mine. */
  const loadTheirs = useCallback(async () => {
    const theirs = await latest();
    revision.current = theirs.revision;
    const next = contentOf(theirs);
    setContent(next);
    setSavedJson(JSON.stringify(next));
    setFailure(null);
    setConflict(false);
  }, [latest]);

  /** "Behåll mina ändringar": mine are saved over theirs, knowing they are there. */
  const keepMine = useCallback(async () => {
    const theirs = await latest();
    revision.current = theirs.revision;
    setConflict(false);
    await saveNow(content);
  }, [latest, saveNow, content]);

  let status: SaveStatus;
  if (conflict) status = 'conflict';
  else if (saving) status = 'saving';
  else if (!dirty) status = 'saved';
  else if (failedNow) status = 'failed';
  else if (problems.size > 0) status = 'invalid';
  else status = 'unsaved';

  return {
    content,
    setContent,
    status,
    problems,
    failure: failedNow ? failure.error : undefined,
    revision: () => revision.current,
    retry: () => saveNow(content),
    loadTheirs,
    keepMine,
  };
}

export type DraftAutosave = ReturnType<typeof useDraftAutosave>;
