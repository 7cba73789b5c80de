import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { type Attempt, type AttemptState, queryKeys, type RecordedProgress } from '@larnav/web/api-client';
import { PageHeader } from '@larnav/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from '../progress/ProgressProvider';
import { SaveStatus } from '../progress/SaveStatus';
import { lessonsOf } from '../shared/learner-types';
import { useLearnerStyles } from '../shared/learner.styles';
import { CompletionPanel } from './CompletionPanel';
import { PartsRemainingPanel } from './PartsRemainingPanel';
import { LessonNavigation } from './LessonNavigation';
import { LessonView } from './LessonView';
import { useRecorder } from './use-recorder';

const SCROLL_EVERY_MS = 5_000;

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: '16rem minmax(0, 1fr)' },
  },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lesson: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, justifyContent: 'space-between' },
});

function scrollRatio(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max > 0 ? Math.min(1, Math.max(0, Math.round((window.scrollY / max) * 1000) / 1000)) : 0;
}

/**
 * The player: the lesson list with progress, the open lesson, and the way on. Opens where the
 * learner left off (lesson, scroll and video second); every step goes through the outbox.
 */
export function Player({ attempt, resume }: { attempt: Attempt; resume: AttemptState }) {
  const { t, i18n } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  const queryClient = useQueryClient();
  const { queue } = useProgress();
  const record = useRecorder(attempt.id);
  const lessons = lessonsOf(attempt.lessons);
  const [currentId, setCurrentId] = useState(
    lessons.some((l) => l.id === resume.lessonId) ? (resume.lessonId as string) : (lessons[0]?.id ?? ''),
  );
  const [done, setDone] = useState(() => new Set(resume.lessonsDone));
  const [passed, setPassed] = useState(() => new Set(attempt.quizzes.filter((q) => q.passed).map((q) => q.quizId)));
  const heading = useRef<HTMLHeadingElement>(null);
  // Where each video stopped, kept as it plays: going back to a lesson starts there again.
  const videoSeconds = useRef({ ...resume.videoSeconds });
  const moved = useRef(false);
  const title = (i18n.language === 'en' && attempt.titleEn) || attempt.title;
  const index = lessons.findIndex((l) => l.id === currentId);
  const lesson = lessons[index];

  // Back where the learner was: the scroll position once the lesson has been laid out.
  useLayoutEffect(() => {
    if (resume.scroll > 0) {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, resume.scroll * max);
    }
    if (lesson) void record('lesson-opened', lesson.id);
    // Only on opening the player.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Scroll position: at most once every few seconds, and at once when the page is hidden.
  useEffect(() => {
    if (!lesson) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const send = () => {
      timer = null;
      last = Date.now();
      void record('position', lesson.id, { scroll: scrollRatio() });
    };
    const scrolled = () => {
      if (!timer) timer = setTimeout(send, Math.max(0, SCROLL_EVERY_MS - (Date.now() - last)));
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden' && timer) {
        clearTimeout(timer);
        send();
      }
    };
    window.addEventListener('scroll', scrolled, { passive: true });
    document.addEventListener('visibilitychange', hidden);
    return () => {
      if (timer) clearTimeout(timer);
      window.removeEventListener('scroll', scrolled);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [lesson, record]);

  // The server decides completion; when it says so, fetch the completion and its certificate.
  useEffect(() => {
    if (!queue) return;
    return queue.subscribe({
      delivered: (batch, body) => {
        if (batch.kind !== 'progress' || batch.attemptId !== attempt.id) return;
        if ((body as RecordedProgress).completed && !attempt.completion) {
          void queryClient.invalidateQueries({ queryKey: queryKeys.moduleAttempt(attempt.moduleId) });
          void queryClient.invalidateQueries({ queryKey: ['learning', 'my-training'] });
        }
      },
    });
  }, [queue, queryClient, attempt.id, attempt.moduleId, attempt.completion]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [currentId]);

  const open = (lessonId: string) => {
    moved.current = true;
    setCurrentId(lessonId);
    window.scrollTo(0, 0);
    void record('lesson-opened', lessonId, { scroll: 0 });
  };

  const finishLesson = () => {
    if (!lesson) return;
    void record('lesson-completed', lesson.id);
    setDone((now) => new Set(now).add(lesson.id));
    const next = lessons[index + 1];
    if (next) open(next.id);
  };

  const quizPassed = useCallback((quizId: string) => setPassed((now) => new Set(now).add(quizId)), []);

  if (!lesson) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('player.empty')}</MessageBarBody>
      </MessageBar>
    );
  }

  const quizzesHere = lesson.blocks.filter((b) => b.type === 'quiz').map((b) => b.id);
  const lessonReady = quizzesHere.every((id) => passed.has(id));
  const allDone = lessons.every((l) => done.has(l.id));
  const previous = lessons[index - 1];
  const next = lessons[index + 1];

  return (
    <div className={shared.stack}>
      <PageHeader title={title} documentTitle={t('player.pageTitle', { title })} />
      {attempt.newerVersion && !attempt.completion && (
        <MessageBar intent="info">
          <MessageBarBody>{t('player.newerVersion', { number: attempt.versionNumber })}</MessageBarBody>
        </MessageBar>
      )}
      {attempt.completion && <CompletionPanel completion={attempt.completion} />}
      {!attempt.completion && attempt.parts?.eLearningDoneAt && (
        <PartsRemainingPanel moduleId={attempt.moduleId} title={title} parts={attempt.parts} />
      )}
      {!attempt.completion && !attempt.parts?.eLearningDoneAt && allDone && (
        <MessageBar intent="info">
          <MessageBarBody>{t('player.finishing')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.aside}>
          <Field label={t('player.progress', { done: done.size, total: lessons.length })}>
            <ProgressBar value={lessons.length ? done.size / lessons.length : 0} thickness="large" />
          </Field>
          <LessonNavigation lessons={lessons} currentId={lesson.id} done={done} onOpen={open} />
        </div>
        <article className={styles.lesson} aria-labelledby="lesson-heading">
          <p className={shared.muted}>{t('player.lessonOf', { number: index + 1, total: lessons.length })}</p>
          <h2 id="lesson-heading" ref={heading} tabIndex={-1} className={mergeClasses(shared.lessonHeading, shared.focusTarget)}>
            {lesson.title}
          </h2>
          <LessonView
            key={lesson.id}
            moduleId={attempt.moduleId}
            attemptId={attempt.id}
            lesson={lesson}
            videoSeconds={videoSeconds.current}
            onVideoPosition={(blockId, seconds) => {
              videoSeconds.current[blockId] = seconds;
              void record('position', lesson.id, { blockId, seconds });
            }}
            onQuizPassed={quizPassed}
          />
          <SaveStatus />
          <div className={styles.footer}>
            {previous ? (
              <Button icon={<ArrowLeftRegular />} onClick={() => open(previous.id)}>
                {t('player.previous')}
              </Button>
            ) : (
              <span />
            )}
            {!done.has(lesson.id) && lessonReady ? (
              <Button appearance="primary" icon={<CheckmarkRegular />} onClick={finishLesson}>
                {next ? t('player.finishLesson') : t('player.finishModule')}
              </Button>
            ) : next ? (
              <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" onClick={() => open(next.id)}>
                {t('player.next')}
              </Button>
            ) : null}
          </div>
        </article>
      </div>
    </div>
  );
}
