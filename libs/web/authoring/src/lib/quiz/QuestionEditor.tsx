import { Button, Checkbox, Field, Input, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { QuizQuestion } from '@larnav/shared/catalog';
import { useTranslation } from 'react-i18next';
import { moved, newOption, replaced } from '../draft/draft-content';
import { useAuthoringStyles } from '../shared/authoring.styles';

type Kind = QuizQuestion['kind'];

interface QuestionEditorProps {
  question: QuizQuestion;
  index: number;
  count: number;
  problem: (place: string) => string | undefined;
  onChange: (question: QuizQuestion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One question: its kind and prompt, and options each marked right or not, with feedback. */
export function QuestionEditor({ question, index, count, problem, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const number = index + 1;
  const options = question.options;
  const setOptions = (next: QuizQuestion['options']) => onChange({ ...question, options: next });

  const changeKind = (kind: Kind) => {
    if (kind === 'true-false') {
      onChange({
        ...question,
        kind,
        options: [newOption(t('quiz.true'), true), newOption(t('quiz.false'), false)],
      });
    } else onChange({ ...question, kind });
  };

  const markCorrect = (optionId: string, correct: boolean) =>
    setOptions(
      options.map((option) =>
        option.id === optionId
          ? { ...option, correct }
          : // One right answer: choosing one clears the others.
            question.kind === 'multiple' || !correct
            ? option
            : { ...option, correct: false },
      ),
    );

  return (
    <fieldset className={styles.card} style={{ margin: 0 }}>
      <legend>
        <Text weight="semibold">{t('quiz.questionNumber', { number })}</Text>
      </legend>
      <div className={styles.row}>
        <Button
          size="small"
          icon={<ArrowUpRegular />}
          disabledFocusable={index === 0}
          onClick={() => onMove(index - 1)}
          aria-label={t('quiz.moveQuestionUp', { number })}
        />
        <Button
          size="small"
          icon={<ArrowDownRegular />}
          disabledFocusable={index === count - 1}
          onClick={() => onMove(index + 1)}
          aria-label={t('quiz.moveQuestionDown', { number })}
        />
        <Button size="small" icon={<DeleteRegular />} onClick={onRemove} disabledFocusable={count === 1}>
          {t('quiz.removeQuestion', { number })}
        </Button>
      </div>
      <Field label={t('quiz.kind')}>
        <Select value={question.kind} onChange={(_, data) => changeKind(data.value as Kind)}>
          <option value="single">{t('quiz.kinds.single')}</option>
          <option value="multiple">{t('quiz.kinds.multiple')}</option>
          <option value="true-false">{t('quiz.kinds.true-false')}</option>
        </Select>
      </Field>
      <Field label={t('quiz.prompt', { number })} required validationMessage={problem(`${question.id}.prompt`)}>
        <Textarea value={question.prompt} onChange={(_, data) => onChange({ ...question, prompt: data.value })} />
      </Field>
      {problem(`${question.id}.options`) && (
        <Text size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
          {problem(`${question.id}.options`)}
        </Text>
      )}
      {options.map((option, o) => {
        const letter = String.fromCharCode(65 + o);
        const name = t('quiz.optionName', { number, letter });
        return (
          <div key={option.id} className={styles.card}>
            <div className={styles.fields}>
              <Field label={t('quiz.optionText', { name })} required validationMessage={problem(`${option.id}.text`)}>
                <Input
                  value={option.text}
                  maxLength={500}
                  onChange={(_, data) => setOptions(replaced(options, { ...option, text: data.value }))}
                />
              </Field>
              <Field label={t('quiz.feedback', { name })} validationMessage={problem(`${option.id}.feedback`)}>
                <Input
                  value={option.feedback ?? ''}
                  onChange={(_, data) =>
                    setOptions(replaced(options, { ...option, feedback: data.value || undefined }))
                  }
                />
              </Field>
            </div>
            <div className={styles.row}>
              <Checkbox
                label={t('quiz.correct', { name })}
                checked={option.correct}
                onChange={(_, data) => markCorrect(option.id, data.checked === true)}
              />
              {question.kind !== 'true-false' && (
                <>
                  <Button
                    size="small"
                    icon={<ArrowUpRegular />}
                    disabledFocusable={o === 0}
                    onClick={() => setOptions(moved(options, o, o - 1))}
                    aria-label={t('quiz.moveOptionUp', { name })}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownRegular />}
                    disabledFocusable={o === options.length - 1}
                    onClick={() => setOptions(moved(options, o, o + 1))}
                    aria-label={t('quiz.moveOptionDown', { name })}
                  />
                  <Button
                    size="small"
                    icon={<DeleteRegular />}
                    disabledFocusable={options.length <= 2}
                    onClick={() => setOptions(options.filter((candidate) => candidate.id !== option.id))}
                  >
                    {t('quiz.removeOption', { name })}
                  </Button>
                </>
              )}
            </div>
          </div>
        );
      })}
      {question.kind !== 'true-false' && options.length < 10 && (
        <div className={styles.row}>
          <Button size="small" icon={<AddRegular />} onClick={() => setOptions([...options, newOption()])}>
            {t('quiz.addOption', { number })}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
