import { Button, Switch, Text } from '@fluentui/react-components';
import { EditRegular, EyeRegular, HistoryRegular } from '@fluentui/react-icons';
import { Permission } from '@larnav/contracts';
import { type Lesson, ModuleSharing, VersionStatus } from '@larnav/shared/catalog';
import {
  type ModuleDetail,
  problemOf,
  useCatalogModule,
  useMe,
  useModuleVersion,
  useOpenDraft,
  useSetModuleSharing,
} from '@larnav/web/api-client';
import { ErrorState, LoadingState, PageHeader, Panel, useNotify, useProblemMessage, RouteLink } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PreviewDialog } from '../preview/PreviewDialog';
import { useAuthoringStyles } from '../shared/authoring.styles';
import { ModuleStatusBadges } from '../shared/module-status';
import { DraftEditor } from './DraftEditor';

/** One module: its draft in the editor, or its published version with "Redigera". */
export function ModuleEditorPage() {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const { moduleId = '' } = useParams();
  const detail = useCatalogModule(moduleId);
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const draftSummary = detail.data?.versions.find((version) => version.status === VersionStatus.Draft);
  const draft = useModuleVersion(moduleId, draftSummary?.id);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError)
    return (
      <>
        <PageHeader title={t('editor.notFoundTitle')} documentTitle={t('editor.pageTitle', { title: '' })} />
        <ErrorState problem={problemOf(detail.error)} onRetry={() => detail.refetch()} />
      </>
    );
  const module = detail.data;
  return (
    <div className={styles.stack}>
      <PageHeader title={module.title} documentTitle={t('editor.pageTitle', { title: module.title })} />
      <div className={styles.row} style={{ marginTop: '-1rem' }}>
        <ModuleStatusBadges module={module} />
        <RouteLink to="/modules">{t('editor.backToList')}</RouteLink>
        <RouteLink to={`/modules/${module.id}/history`}>{t('editor.history')}</RouteLink>
        {/* The live-session pages own this path (libs/web/live-sessions); a feature library cannot import another. */}
        {permissions.includes(Permission.LiveSessionsManage) && (
          <RouteLink to={`/modules/${module.id}/sessions`}>{t('editor.liveSessions')}</RouteLink>
        )}
        {module.editable && permissions.includes(Permission.CatalogShare) && <SharingSwitch module={module} />}
      </div>
      {!draftSummary ? (
        <PublishedView module={module} />
      ) : draft.isPending ? (
        <LoadingState />
      ) : draft.isError ? (
        <ErrorState problem={problemOf(draft.error)} onRetry={() => draft.refetch()} />
      ) : (
        <DraftEditor
          key={draft.data.id}
          module={module}
          draft={draft.data}
          canPublish={permissions.includes(Permission.CatalogPublish)}
        />
      )}
    </div>
  );
}

function SharingSwitch({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation('authoring');
  const share = useSetModuleSharing(module.id);
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  return (
    <Switch
      label={t('editor.shareWithRegion')}
      checked={module.sharing === ModuleSharing.Region}
      disabled={share.isPending}
      onChange={(_, data) =>
        share.mutate(data.checked ? ModuleSharing.Region : ModuleSharing.Private, {
          onSuccess: (updated) => notify(t(`editor.sharingChanged.${updated.sharing}`)),
          onError: (error) => notify(problemMessage(problemOf(error)), 'error'),
        })
      }
    />
  );
}

/** No draft: what learners take now, to preview, and "Redigera" to start the next version. */
function PublishedView({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const published = module.versions.find((version) => version.status === VersionStatus.Published);
  const content = useModuleVersion(module.id, published?.id);
  const open = useOpenDraft(module.id);
  const problemMessage = useProblemMessage();
  const notify = useNotify();
  const [previewing, setPreviewing] = useState(false);
  return (
    <Panel heading={t('editor.publishedHeading', { number: module.publishedNumber })}>
      <Text as="p" className={styles.intro}>
        {module.editable ? t('editor.publishedIntro') : t('editor.sharedIntro', { municipality: module.municipality })}
      </Text>
      {published && (
        <Text as="p" data-testid="published-completion">
          {t('completion.published', { parts: t(`completion.requirements.${published.completionRequirement}`) })}
          {published.partOrder !== 'any' ? ` ${t(`completion.orders.${published.partOrder}`)}.` : ''}
        </Text>
      )}
      <div className={styles.row}>
        {module.editable && (
          <Button
            appearance="primary"
            icon={<EditRegular />}
            disabled={open.isPending}
            onClick={() =>
              open.mutate(undefined, { onError: (error) => notify(problemMessage(problemOf(error)), 'error') })
            }
          >
            {t('editor.edit')}
          </Button>
        )}
        <Button icon={<EyeRegular />} disabled={!content.data} onClick={() => setPreviewing(true)}>
          {t('editor.preview')}
        </Button>
        <RouteLink to={`/modules/${module.id}/history`}>
          <HistoryRegular aria-hidden /> {t('editor.history')}
        </RouteLink>
      </div>
      {content.data && (
        <PreviewDialog
          moduleId={module.id}
          open={previewing}
          onClose={() => setPreviewing(false)}
          title={content.data.title}
          summary={content.data.summary}
          lessons={content.data.lessons as Lesson[]}
        />
      )}
    </Panel>
  );
}
