import { Body1, MessageBar, MessageBarBody, Spinner, Subtitle1 } from '@fluentui/react-components';
import { isProblem, problemOf, queryKeys, type QuizResult, useQuiz } from '@larnav/web/api-client';
import { ErrorState, LoadingState, useProblemMessage } from '@larnav/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from '../progress/ProgressProvider';
import { newId, type QuizSummary } from '../shared/learner-types';
import { useLearnerStyles } from '../shared/learner.styles';
import { type Answers, QuizForm } from './QuizForm';
import { QuizResultView } from './QuizResultView';

/**
 * A knowledge check in a lesson. Answers go through the outbox with an id made here, so an
 * answer given offline is kept and sent when the connection is back (the page says it waits),
 * and a resend gets the stored result rather than a second try.
 */
export function QuizBlockView({
  attemptId,
  moduleId,
  summary,
  onPassed,
}: {
  attemptId: string;
  moduleId: string;
  summary: QuizSummary;
  onPassed: (quizId: string) => void;
}) {
  const { t } = useTranslation('learner');
  const styles = useLearnerStyles();
  const quiz = useQuiz(attemptId, summary.id);
  const { queue } = useProgress();
  const queryClient = useQueryClient();
  const problemMessage = useProblemMessage();
  const [submissionId, setSubmissionId] = useState(newId);
  const [waiting, setWaiting] = useState(false);
  const [fresh, setFresh] = useState<QuizResult | null>(null);
  const [mode, setMode] = useState<'form' | 'result' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<{ body: unknown } | null>(null);

  // An answer given before a reload may still wait in the outbox.
  useEffect(() => {
    if (!queue) return;
    let live = true;
    void queue.pendingFor(attemptId).then((pending) => {
      const mine = pending.find((work) => work.kind === 'quiz' && work.quizId === summary.id);
      if (live && mine && mine.kind === 'quiz') {
        setSubmissionId(mine.submission.id);
        setWaiting(true);
      }
    });
    return () => {
      live = false;
    };
  }, [queue, attemptId, summary.id]);

  useEffect(() => {
    if (!queue) return;
    return queue.subscribe({
      delivered: (batch, body) => {
        if (batch.kind !== 'quiz' || batch.quizId !== summary.id || batch.attemptId !== attemptId) return;
        const result = body as QuizResult;
        setWaiting(false);
        setFresh(result);
        setMode('result');
        setAnnouncement(
          result.passed
            ? t('quiz.result.passedHeading', { score: result.score })
            : t('quiz.result.failedHeading', { score: result.score }),
        );
        if (result.passed) onPassed(summary.id);
        void queryClient.invalidateQueries({ queryKey: queryKeys.quiz(attemptId, summary.id) });
        if (result.completed) void queryClient.invalidateQueries({ queryKey: queryKeys.moduleAttempt(moduleId) });
      },
      refused: (batch, _status, body) => {
        if (batch.kind !== 'quiz' || batch.quizId !== summary.id) return;
        setWaiting(false);
        setRefusal({ body });
        void queryClient.invalidateQueries({ queryKey: queryKeys.quiz(attemptId, summary.id) });
      },
    });
  }, [queue, attemptId, moduleId, summary.id, queryClient, onPassed, t]);

  const submit = (answers: Answers) => {
    if (!queue) return;
    setRefusal(null);
    setWaiting(true);
    setAnnouncement(t('quiz.sending'));
    void queue.enqueue({
      kind: 'quiz',
      attemptId,
      quizId: summary.id,
      submission: {
        id: submissionId,
        answers: Object.entries(answers).map(([questionId, optionIds]) => ({ questionId, optionIds })),
      },
    });
  };

  const tryAgain = () => {
    setSubmissionId(newId());
    setFresh(null);
    setMode('form');
    setAnnouncement('');
  };

  const view = quiz.data;
  const result = fresh ?? view?.lastResult ?? null;
  const triesLeft = view && view.attemptLimit !== null ? Math.max(0, view.attemptLimit - view.triesUsed) : null;
  const showing = waiting ? 'waiting' : (mode ?? (result ? 'result' : 'form'));
  const canTryAgain = !!result && !result.passed && (result.triesLeft === null || result.triesLeft > 0);

  return (
    <section aria-labelledby={`quiz-${summary.id}`} className={styles.stack}>
      <Subtitle1 as="h3" id={`quiz-${summary.id}`} className={styles.heading}>
        {summary.title}
      </Subtitle1>
      <Body1 as="p" className={styles.muted}>
        {summary.attemptLimit === null
          ? t('quiz.rulesUnlimited', { count: summary.questionCount, passMark: summary.passMark })
          : t('quiz.rules', { count: summary.questionCount, passMark: summary.passMark, limit: summary.attemptLimit })}
        {view && view.triesUsed > 0 ? ` ${t('quiz.triesUsed', { used: view.triesUsed })}` : ''}
      </Body1>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {refusal && (
        <MessageBar intent="error">
          <MessageBarBody>{problemMessage(isProblem(refusal.body) ? refusal.body : undefined)}</MessageBarBody>
        </MessageBar>
      )}
      {quiz.isPending ? (
        <LoadingState />
      ) : !view ? (
        <ErrorState problem={problemOf(quiz.error)} onRetry={() => void quiz.refetch()} />
      ) : showing === 'waiting' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <Spinner size="tiny" label={t('quiz.waiting')} />
          </MessageBarBody>
        </MessageBar>
      ) : showing === 'result' && result ? (
        <QuizResultView
          result={result}
          focusOnShow={fresh !== null}
          onTryAgain={canTryAgain && !view.passed ? tryAgain : undefined}
        />
      ) : view.passed ? null : triesLeft === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('quiz.result.noTriesLeft')}</MessageBarBody>
        </MessageBar>
      ) : (
        <QuizForm key={submissionId} questions={view.questions} disabled={!queue} onSubmit={submit} />
      )}
    </section>
  );
}
