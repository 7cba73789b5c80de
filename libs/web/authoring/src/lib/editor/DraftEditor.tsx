import { Button, Text } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EyeRegular, SendRegular } from '@fluentui/react-icons';
import { type ModuleDetail, problemOf, useDiscardDraft, type VersionContent } from '@larnav/web/api-client';
import { ConfirmDialog, Panel, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moved, newLesson, replaced } from '../draft/draft-content';
import { AUTOSAVE_DELAY_MS, useDraftAutosave } from '../draft/use-draft-autosave';
import { PreviewDialog } from '../preview/PreviewDialog';
import { PublishDialog } from '../publish/PublishDialog';
import { useAuthoringStyles } from '../shared/authoring.styles';
import { CompletionPartsFields } from './CompletionPartsFields';
import { FrontMatterFields } from './FrontMatterFields';
import { LeaveGuard } from './LeaveGuard';
import { LessonEditor } from './LessonEditor';
import { LessonList } from './LessonList';
import { ConflictBar, SaveFailure, SaveStatusText } from './SaveStatusText';

export interface DraftEditorProps {
  module: ModuleDetail;
  draft: VersionContent;
  canPublish: boolean;
  autosaveDelayMs?: number;
}

/** The draft of one module: front matter, lessons in order, the selected lesson's blocks. */
export function DraftEditor({ module, draft, canPublish, autosaveDelayMs = AUTOSAVE_DELAY_MS }: DraftEditorProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const autosave = useDraftAutosave(module.id, draft, autosaveDelayMs);
  const { content, setContent, status, problems } = autosave;
  const discard = useDiscardDraft(module.id);
  const [selectedId, setSelectedId] = useState<string | null>(content.lessons[0]?.id ?? null);
  const [previewing, setPreviewing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [resolving, setResolving] = useState(false);
  const lessons = content.lessons;
  const selected = lessons.find((lesson) => lesson.id === selectedId) ?? null;
  const selectedNumber = selected ? lessons.indexOf(selected) + 1 : 0;
  const problem = useCallback(
    (place: string) => {
      const found = problems.get(place);
      return found ? t(found.key, found.values) : undefined;
    },
    [problems, t],
  );

  const addLesson = () => {
    const lesson = newLesson(t('lessons.defaultTitle', { number: lessons.length + 1 }));
    setContent({ ...content, lessons: [...lessons, lesson] });
    setSelectedId(lesson.id);
  };
  const removeLesson = (lessonId: string) => {
    const next = lessons.filter((lesson) => lesson.id !== lessonId);
    setContent({ ...content, lessons: next });
    if (selectedId === lessonId) setSelectedId(next[0]?.id ?? null);
  };
  const resolve = (action: () => Promise<void>) => {
    setResolving(true);
    action()
      .catch((error) => notify(problemMessage(problemOf(error)), 'error'))
      .finally(() => setResolving(false));
  };
  const publishBlocked = status !== 'saved' || lessons.length === 0;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <SaveStatusText status={status} problemCount={problems.size} />
        <Button icon={<EyeRegular />} onClick={() => setPreviewing(true)}>
          {t('editor.preview')}
        </Button>
        {canPublish && (
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabledFocusable={publishBlocked}
            aria-describedby={publishBlocked ? 'publish-blocked' : undefined}
            onClick={() => setPublishing(true)}
          >
            {t('editor.publish')}
          </Button>
        )}
        {module.publishedNumber !== null && (
          <Button icon={<DeleteRegular />} onClick={() => setDiscarding(true)}>
            {t('editor.discard')}
          </Button>
        )}
      </div>
      {canPublish && publishBlocked && (
        <Text id="publish-blocked" size={200} className={styles.muted}>
          {lessons.length === 0 ? t('editor.publishNeedsLesson') : t('editor.publishNeedsSave')}
        </Text>
      )}
      {status === 'conflict' && (
        <ConflictBar
          pending={resolving}
          onLoadTheirs={() =>
            resolve(async () => {
              await autosave.loadTheirs();
              notify(t('conflict.loaded'));
            })
          }
          onKeepMine={() => resolve(autosave.keepMine)}
        />
      )}
      {status === 'failed' && <SaveFailure error={autosave.failure} onRetry={() => void autosave.retry()} />}

      <Panel heading={t('editor.aboutHeading')}>
        <FrontMatterFields content={content} onChange={setContent} problem={problem} />
      </Panel>

      <Panel heading={t('completion.heading')}>
        <CompletionPartsFields content={content} onChange={setContent} />
      </Panel>

      <Panel
        heading={t('lessons.heading')}
        actions={
          <Button icon={<AddRegular />} onClick={addLesson}>
            {t('lessons.add')}
          </Button>
        }
      >
        {lessons.length === 0 ? (
          <Text>{t('lessons.empty')}</Text>
        ) : (
          <LessonList
            lessons={lessons}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onMove={(from, to) => setContent({ ...content, lessons: moved(lessons, from, to) })}
            onRemove={removeLesson}
          />
        )}
      </Panel>

      {selected && (
        <Panel
          heading={t('lessons.editing', { number: selectedNumber, title: selected.title || t('lessons.untitled') })}
        >
          <LessonEditor
            key={selected.id}
            moduleId={module.id}
            lesson={selected}
            problem={problem}
            onChange={(lesson) => setContent({ ...content, lessons: replaced(lessons, lesson) })}
          />
        </Panel>
      )}

      <LeaveGuard unsaved={status !== 'saved'} />
      <PreviewDialog
        moduleId={module.id}
        open={previewing}
        onClose={() => setPreviewing(false)}
        title={content.title}
        summary={content.summary}
        lessons={lessons}
      />
      <PublishDialog
        moduleId={module.id}
        open={publishing}
        revision={autosave.revision()}
        onClose={() => setPublishing(false)}
        onPublished={(number) => notify(t('publish.done', { number }))}
      />
      <ConfirmDialog
        open={discarding}
        title={t('discard.title')}
        confirmLabel={t('discard.confirm')}
        pending={discard.isPending}
        problem={discard.isError ? problemMessage(problemOf(discard.error)) : undefined}
        onCancel={() => setDiscarding(false)}
        onConfirm={() =>
          discard.mutate(undefined, {
            onSuccess: () => {
              setDiscarding(false);
              notify(t('discard.done'));
            },
          })
        }
      >
        <Text as="p">{t('discard.body', { number: module.publishedNumber })}</Text>
      </ConfirmDialog>
    </div>
  );
}
