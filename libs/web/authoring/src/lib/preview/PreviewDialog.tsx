import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Lesson } from '@larnav/shared/catalog';
import { useTranslation } from 'react-i18next';
import { LessonPreview } from './LessonPreview';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(60rem, 95vw)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

export interface PreviewDialogProps {
  moduleId: string;
  open: boolean;
  onClose: () => void;
  title: string;
  summary: string;
  lessons: Lesson[];
}

/** "Förhandsgranska som deltagare": the module as it stands, as a learner would see it. */
export function PreviewDialog({ moduleId, open, onClose, title, summary, lessons }: PreviewDialogProps) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('preview.title', { title })}</DialogTitle>
          <DialogContent className={styles.content}>
            {summary && <Text as="p">{summary}</Text>}
            {lessons.length === 0 && <Text>{t('preview.empty')}</Text>}
            {lessons.map((lesson, index) => (
              <LessonPreview key={lesson.id} moduleId={moduleId} lesson={lesson} number={index + 1} />
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('preview.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
