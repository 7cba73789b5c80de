import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { mediaUrl } from '@larnav/web/api-client';
import type { VideoBlock } from '../shared/learner-types';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const REPORT_EVERY_MS = 5_000;

const useStyles = makeStyles({
  video: { width: '100%', maxHeight: '70vh', backgroundColor: tokens.colorNeutralBackgroundInverted },
  transcript: { whiteSpace: 'pre-wrap' },
});

/**
 * A video that remembers where it stopped: it starts at the second the attempt holds, and
 * reports its time every few seconds while playing and at once when paused or ended.
 */
export function VideoBlockView({
  moduleId,
  block,
  startAt,
  onPosition,
}: {
  moduleId: string;
  block: VideoBlock;
  startAt: number;
  onPosition: (seconds: number) => void;
}) {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const lastReport = useRef(0);
  const report = (video: HTMLVideoElement) => {
    lastReport.current = Date.now();
    onPosition(Math.floor(video.currentTime * 10) / 10);
  };
  return (
    <figure>
      <figcaption>
        <strong>{block.title}</strong>
      </figcaption>
      {block.mediaId ? (
        // Captions cannot be uploaded yet; the transcript below stands in for them (WCAG 1.2).
        <video
          className={styles.video}
          controls
          preload="metadata"
          src={mediaUrl(moduleId, block.mediaId)}
          aria-label={block.title}
          onLoadedMetadata={(event) => {
            const video = event.currentTarget;
            if (startAt > 0 && (!video.duration || startAt < video.duration)) video.currentTime = startAt;
          }}
          onTimeUpdate={(event) => {
            if (Date.now() - lastReport.current >= REPORT_EVERY_MS) report(event.currentTarget);
          }}
          onPause={(event) => report(event.currentTarget)}
          onEnded={(event) => report(event.currentTarget)}
        />
      ) : (
        <Link href={block.url} target="_blank" rel="noopener noreferrer">
          {t('player.video.openLink', { title: block.title })}
        </Link>
      )}
      {block.transcript && (
        <details>
          <summary>{t('player.video.transcript')}</summary>
          <p className={styles.transcript}>{block.transcript}</p>
        </details>
      )}
    </figure>
  );
}
