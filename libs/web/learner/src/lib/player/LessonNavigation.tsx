import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { LearnerLesson } from '../shared/learner-types';
import { useLearnerStyles } from '../shared/learner.styles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  button: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', minHeight: '44px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** The module's lessons in order: which is open, which are done; any may be opened. */
export function LessonNavigation({
  lessons,
  currentId,
  done,
  onOpen,
}: {
  lessons: LearnerLesson[];
  currentId: string;
  done: ReadonlySet<string>;
  onOpen: (lessonId: string) => void;
}) {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  return (
    <nav aria-label={t('player.lessonsLabel')}>
      <ol className={styles.list}>
        {lessons.map((lesson, index) => {
          const isDone = done.has(lesson.id);
          return (
            <li key={lesson.id}>
              <Button
                appearance={lesson.id === currentId ? 'secondary' : 'subtle'}
                className={styles.button}
                aria-current={lesson.id === currentId ? 'step' : undefined}
                icon={isDone ? <CheckmarkCircleFilled className={styles.done} /> : <CircleRegular />}
                onClick={() => onOpen(lesson.id)}
              >
                {t('player.lessonLink', { number: index + 1, title: lesson.title })}
                {isDone ? <span className={shared.visuallyHidden}>{` (${t('player.lessonDone')})`}</span> : null}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
