import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { mediaUrl } from '@larnav/web/api-client';
import { RichTextView } from '@larnav/web/rich-text';
import { QuizBlockView } from '../quiz/QuizBlockView';
import type { LearnerLesson } from '../shared/learner-types';
import { VideoBlockView } from './VideoBlockView';

const useStyles = makeStyles({
  blocks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  image: { maxWidth: '100%', height: 'auto' },
  figure: { margin: 0 },
  caption: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  file: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** One lesson's blocks as a learner sees them: text, video, images with their alt text, files, checks. */
export function LessonView({
  moduleId,
  attemptId,
  lesson,
  videoSeconds,
  onVideoPosition,
  onQuizPassed,
}: {
  moduleId: string;
  attemptId: string;
  lesson: LearnerLesson;
  videoSeconds: Record<string, number>;
  onVideoPosition: (blockId: string, seconds: number) => void;
  onQuizPassed: (quizId: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.blocks}>
      {lesson.blocks.map((block) => {
        switch (block.type) {
          case 'text':
            return <RichTextView key={block.id} doc={block.doc} />;
          case 'video':
            return (
              <VideoBlockView
                key={block.id}
                moduleId={moduleId}
                block={block}
                startAt={videoSeconds[block.id] ?? 0}
                onPosition={(seconds) => onVideoPosition(block.id, seconds)}
              />
            );
          case 'image':
            return (
              <figure key={block.id} className={styles.figure}>
                <img className={styles.image} src={mediaUrl(moduleId, block.mediaId)} alt={block.alt} />
                {block.caption && <figcaption className={styles.caption}>{block.caption}</figcaption>}
              </figure>
            );
          case 'file':
            return (
              <Link key={block.id} className={styles.file} href={mediaUrl(moduleId, block.mediaId)} download>
                <DocumentArrowDownRegular aria-hidden />
                {block.label}
              </Link>
            );
          case 'quiz':
            return (
              <QuizBlockView
                key={block.id}
                attemptId={attemptId}
                moduleId={moduleId}
                summary={block}
                onPassed={onQuizPassed}
              />
            );
          default:
            return null;
        }
      })}
    </div>
  );
}
