import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DismissCircleRegular } from '@fluentui/react-icons';
import type { QuizResult } from '@larnav/web/api-client';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLearnerStyles } from '../shared/learner.styles';

const useStyles = makeStyles({
  questions: { listStyleType: 'none', padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  verdict: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: 0 },
  right: { color: tokens.colorPaletteGreenForeground1 },
  wrong: { color: tokens.colorPaletteRedForeground1 },
  feedback: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * A try's result: the heading takes focus when it appears, so keyboard and screen-reader users
 * land on it; each question says right or wrong with the feedback on the options chosen.
 */
export function QuizResultView({
  result,
  onTryAgain,
  focusOnShow = false,
}: {
  result: QuizResult;
  /** Just answered: move focus to the heading. Not when the page opens on an old result. */
  focusOnShow?: boolean;
  /** Absent when no try is left or the check is passed. */
  onTryAgain?: () => void;
}) {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, result.submissionId]);
  const right = result.questions.filter((q) => q.correct).length;
  return (
    <section aria-labelledby={`result-${result.submissionId}`} className={shared.stack}>
      <h3 id={`result-${result.submissionId}`} ref={heading} tabIndex={-1} className={shared.focusTarget}>
        {result.passed
          ? t('quiz.result.passedHeading', { score: result.score })
          : t('quiz.result.failedHeading', { score: result.score })}
      </h3>
      <p className={shared.heading}>
        {t('quiz.result.summary', { right, total: result.questions.length, passMark: result.passMark })}
      </p>
      <ol className={styles.questions}>
        {result.questions.map((question) => (
          <li key={question.questionId}>
            <Subtitle2 as="p" className={styles.verdict}>
              {question.correct ? (
                <CheckmarkCircleRegular className={styles.right} aria-hidden />
              ) : (
                <DismissCircleRegular className={styles.wrong} aria-hidden />
              )}
              <span>
                {question.prompt} — {question.correct ? t('quiz.result.right') : t('quiz.result.wrong')}
              </span>
            </Subtitle2>
            {question.feedback.map((option) => (
              <p key={option.optionId} className={styles.feedback}>
                {t('quiz.result.youChose', { option: option.text })}
                {option.feedback ? ` ${option.feedback}` : ''}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {!result.passed && result.triesLeft === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('quiz.result.noTriesLeft')}</MessageBarBody>
        </MessageBar>
      )}
      {onTryAgain && (
        <div>
          <Button appearance="primary" onClick={onTryAgain}>
            {result.triesLeft === null
              ? t('quiz.result.tryAgain')
              : t('quiz.result.tryAgainLeft', { count: result.triesLeft })}
          </Button>
        </div>
      )}
    </section>
  );
}
