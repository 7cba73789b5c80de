import { Button, Checkbox, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { QuizBlock } from '@larnav/shared/catalog';
import { useTranslation } from 'react-i18next';
import type { BlockEditorProps } from '../blocks/block-props';
import { moved, newQuestion, replaced } from '../draft/draft-content';
import { useAuthoringStyles } from '../shared/authoring.styles';
import { QuestionEditor } from './QuestionEditor';

const toInt = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * A quiz: the pass mark, how many attempts, whether each attempt draws some of the questions,
 * and the questions with their options (which are right, and feedback for each).
 */
export function QuizEditor({ block, onChange, problem }: BlockEditorProps<QuizBlock>) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const questions = block.questions;
  const setQuestions = (next: QuizBlock['questions']) => onChange({ ...block, questions: next });
  return (
    <>
      <Field label={t('quiz.title')} required validationMessage={problem(`${block.id}.title`)}>
        <Input value={block.title} maxLength={200} onChange={(_, data) => onChange({ ...block, title: data.value })} />
      </Field>
      <div className={styles.fields}>
        <Field
          label={t('quiz.passMark')}
          hint={t('quiz.passMarkHint')}
          required
          validationMessage={problem(`${block.id}.passMark`)}
        >
          <Input
            type="number"
            min={1}
            max={100}
            contentAfter="%"
            value={Number.isNaN(block.passMark) ? '' : String(block.passMark)}
            onChange={(_, data) => onChange({ ...block, passMark: toInt(data.value) })}
          />
        </Field>
        <div className={styles.form}>
          <Checkbox
            label={t('quiz.unlimitedAttempts')}
            checked={block.attemptLimit === null}
            onChange={(_, data) => onChange({ ...block, attemptLimit: data.checked ? null : 3 })}
          />
          {block.attemptLimit !== null && (
            <Field label={t('quiz.attemptLimit')} required validationMessage={problem(`${block.id}.attemptLimit`)}>
              <Input
                type="number"
                min={1}
                max={20}
                value={Number.isNaN(block.attemptLimit) ? '' : String(block.attemptLimit)}
                onChange={(_, data) => onChange({ ...block, attemptLimit: toInt(data.value) })}
              />
            </Field>
          )}
        </div>
        <div className={styles.form}>
          <Checkbox
            label={t('quiz.allQuestions')}
            checked={block.drawCount === null}
            onChange={(_, data) =>
              onChange({ ...block, drawCount: data.checked ? null : Math.max(1, questions.length - 1) })
            }
          />
          {block.drawCount !== null && (
            <Field
              label={t('quiz.drawCount', { count: questions.length })}
              required
              validationMessage={problem(`${block.id}.drawCount`)}
            >
              <Input
                type="number"
                min={1}
                max={questions.length}
                value={Number.isNaN(block.drawCount) ? '' : String(block.drawCount)}
                onChange={(_, data) => onChange({ ...block, drawCount: toInt(data.value) })}
              />
            </Field>
          )}
        </div>
      </div>
      <Subtitle2 as="h4" className={styles.heading}>
        {t('quiz.questions', { count: questions.length })}
      </Subtitle2>
      {problem(`${block.id}.questions`) && <span role="alert">{problem(`${block.id}.questions`)}</span>}
      <ol className={styles.form} style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionEditor
              question={question}
              index={index}
              count={questions.length}
              problem={problem}
              onChange={(next) => setQuestions(replaced(questions, next))}
              onMove={(to) => setQuestions(moved(questions, index, to))}
              onRemove={() => setQuestions(questions.filter((q) => q.id !== question.id))}
            />
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button icon={<AddRegular />} onClick={() => setQuestions([...questions, newQuestion()])}>
          {t('quiz.addQuestion')}
        </Button>
      </div>
    </>
  );
}
