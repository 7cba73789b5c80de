import {
  Checkbox,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { Lesson, LessonBlock, QuizBlock } from '@larnav/shared/catalog';
import type { RichTextDoc } from '@larnav/shared/rich-text';
import { mediaUrl } from '@larnav/web/api-client';
import { RichTextView } from '@larnav/web/rich-text';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  lesson: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  media: { maxWidth: '100%', height: 'auto' },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  quiz: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  question: {
    margin: 0,
    padding: 0,
    border: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0 },
});

/** A lesson as a learner sees it: read-only content, the quiz as they would answer it (no grading). */
export function LessonPreview({ moduleId, lesson, number }: { moduleId: string; lesson: Lesson; number: number }) {
  const styles = useStyles();
  return (
    <article className={styles.lesson} aria-labelledby={`preview-${lesson.id}`}>
      <Title3 as="h3" id={`preview-${lesson.id}`} className={styles.heading}>
        {number}. {lesson.title}
      </Title3>
      {lesson.blocks.map((block) => (
        <PreviewBlock key={block.id} moduleId={moduleId} block={block} />
      ))}
    </article>
  );
}

function PreviewBlock({ moduleId, block }: { moduleId: string; block: LessonBlock }) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  switch (block.type) {
    case 'text':
      return <RichTextView doc={block.doc as unknown as RichTextDoc} />;
    case 'image':
      return (
        <figure className={styles.figure}>
          {block.mediaId && <img className={styles.media} src={mediaUrl(moduleId, block.mediaId)} alt={block.alt} />}
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    case 'video':
      return (
        <figure className={styles.figure}>
          <Subtitle2 as="h4" className={styles.heading}>
            {block.title}
          </Subtitle2>
          {block.mediaId ? (
            <video
              className={styles.media}
              controls
              preload="metadata"
              src={mediaUrl(moduleId, block.mediaId)}
              aria-label={block.title}
            />
          ) : (
            block.url && (
              <Link href={block.url} target="_blank" rel="noopener noreferrer">
                {t('preview.openVideo', { title: block.title })}
              </Link>
            )
          )}
          {block.transcript && (
            <details>
              <summary>{t('preview.transcript')}</summary>
              <Text as="p" style={{ whiteSpace: 'pre-wrap' }}>
                {block.transcript}
              </Text>
            </details>
          )}
        </figure>
      );
    case 'file':
      return block.mediaId ? (
        <Link href={mediaUrl(moduleId, block.mediaId)} target="_blank" rel="noopener noreferrer">
          {block.label}
        </Link>
      ) : null;
    case 'quiz':
      return <QuizPreview quiz={block} />;
  }
}

function QuizPreview({ quiz }: { quiz: QuizBlock }) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  const drawn = quiz.drawCount ?? quiz.questions.length;
  return (
    <section className={styles.quiz} aria-labelledby={`quiz-${quiz.id}`}>
      <Subtitle2 as="h4" id={`quiz-${quiz.id}`} className={styles.heading}>
        {quiz.title}
      </Subtitle2>
      <Text>
        {t('preview.quizRules', {
          count: drawn,
          passMark: quiz.passMark,
          attempts: quiz.attemptLimit === null ? t('preview.unlimited') : quiz.attemptLimit,
        })}
      </Text>
      {quiz.questions.map((question, index) => {
        const legend = `${index + 1}. ${question.prompt}`;
        return (
          <fieldset key={question.id} className={styles.question}>
            <legend>
              <Text weight="semibold">{legend}</Text>
            </legend>
            {question.kind === 'multiple' ? (
              question.options.map((option) => <Checkbox key={option.id} label={option.text} />)
            ) : (
              <RadioGroup aria-label={legend}>
                {question.options.map((option) => (
                  <Radio key={option.id} value={option.id} label={option.text} />
                ))}
              </RadioGroup>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
