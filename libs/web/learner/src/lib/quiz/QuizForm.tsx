import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import type { QuizView } from '@larnav/web/api-client';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Answers = Record<string, string[]>;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  missing: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  hint: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
});

/**
 * One try of a knowledge check: a fieldset per question with its prompt as the legend; radio
 * buttons where one answer is right, checkboxes where several may be. Every question needs an answer.
 */
export function QuizForm({
  questions,
  disabled,
  onSubmit,
}: {
  questions: QuizView['questions'];
  disabled: boolean;
  onSubmit: (answers: Answers) => void;
}) {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const formId = useId();
  const [answers, setAnswers] = useState<Answers>({});
  const [missing, setMissing] = useState<number[]>([]);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = questions.flatMap((q, i) => ((answers[q.id] ?? []).length === 0 ? [i] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      form.current?.querySelector<HTMLInputElement>(`fieldset[data-question="${unanswered[0]}"] input`)?.focus();
      return;
    }
    onSubmit(answers);
  };

  const toggle = (questionId: string, optionId: string, checked: boolean) =>
    setAnswers((now) => {
      const chosen = new Set(now[questionId] ?? []);
      if (checked) chosen.add(optionId);
      else chosen.delete(optionId);
      return { ...now, [questionId]: [...chosen] };
    });

  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate>
      {missing.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('quiz.answerAll', { questions: missing.map((i) => i + 1).join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
      {questions.map((question, index) => {
        const legendId = `${formId}-q${index}`;
        const hintId = `${legendId}-hint`;
        const isMissing = missing.includes(index);
        // The OpenAPI document leaves option fields optional; the API always sends both.
        const options = question.options as { id: string; text: string }[];
        return (
          <fieldset
            key={question.id}
            data-question={index}
            className={isMissing ? `${styles.fieldset} ${styles.missing}` : styles.fieldset}
            aria-describedby={hintId}
            aria-invalid={isMissing || undefined}
          >
            <legend id={legendId} className={styles.legend}>
              {t('quiz.questionLegend', { number: index + 1, prompt: question.prompt })}
            </legend>
            <p id={hintId} className={styles.hint}>
              {isMissing ? t('quiz.missingAnswer') + ' ' : ''}
              {question.kind === 'multiple' ? t('quiz.hint.multiple') : t('quiz.hint.single')}
            </p>
            {question.kind === 'multiple' ? (
              options.map((option) => (
                <div key={option.id}>
                  <Checkbox
                    label={option.text}
                    checked={(answers[question.id] ?? []).includes(option.id)}
                    onChange={(_, data) => toggle(question.id, option.id, data.checked === true)}
                  />
                </div>
              ))
            ) : (
              <RadioGroup
                aria-labelledby={legendId}
                value={answers[question.id]?.[0] ?? ''}
                onChange={(_, data) => setAnswers((now) => ({ ...now, [question.id]: [data.value] }))}
              >
                {options.map((option) => (
                  <Radio key={option.id} value={option.id} label={option.text} />
                ))}
              </RadioGroup>
            )}
          </fieldset>
        );
      })}
      <div>
        <Button appearance="primary" type="submit" disabled={disabled}>
          {t('quiz.submit')}
        </Button>
      </div>
    </form>
  );
}
