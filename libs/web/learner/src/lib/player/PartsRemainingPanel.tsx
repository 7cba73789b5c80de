import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { ModuleParts, type ModulePartsProgress } from '../my-training/ModuleParts';
import { useLearnerStyles } from '../shared/learner.styles';

/** The e-learning is done but the module is not: what remains (a live session) and where to book it. */
export function PartsRemainingPanel({
  moduleId,
  title,
  parts,
}: {
  moduleId: string;
  title: string;
  parts: ModulePartsProgress;
}) {
  const { t } = useTranslation('learner');
  const styles = useLearnerStyles();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <h2 className={styles.messageHeading}>{t('parts.endTitle')}</h2>
        <p>{t('parts.endBody')}</p>
        <ModuleParts moduleId={moduleId} title={title} parts={parts} />
        <p>
          <RouteLink to="/my-training">{t('player.backToMyTraining')}</RouteLink>
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
