import { Button, Tab, TabList, TableCell, TableCellLayout, TableRow } from '@fluentui/react-components';
import { BookRegular, CopyRegular } from '@fluentui/react-icons';
import { problemOf, useCatalogModules, useCopySharedModule, useSharedModules } from '@larnav/web/api-client';
import { formatInstant, ListFrame, PageHeader, Panel, useNotify, useProblemMessage, RouteLink } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuthoringStyles } from '../shared/authoring.styles';
import { ModuleStatusBadges } from '../shared/module-status';
import { NewModuleDialog } from './NewModuleDialog';

type View = 'ours' | 'shared';

/** The trainer's modules: what each is, who owns it, whether it is shared, when it last changed. */
export function ModuleListPage() {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const [view, setView] = useState<View>('ours');
  return (
    <div className={styles.stack}>
      <PageHeader title={t('list.heading')} documentTitle={t('list.pageTitle')}>
        {t('list.intro')}
      </PageHeader>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
        <Tab value="ours">{t('list.tabs.ours')}</Tab>
        <Tab value="shared">{t('list.tabs.shared')}</Tab>
      </TabList>
      {view === 'ours' ? <OurModules /> : <SharedModules />}
    </div>
  );
}

function OurModules() {
  const { t, i18n } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const modules = useCatalogModules();
  return (
    <Panel heading={t('list.ours.heading')} actions={<NewModuleDialog />}>
      <ListFrame
        query={modules}
        problem={problemOf(modules.error)}
        label={t('list.ours.heading')}
        columns={[
          { key: 'title', label: t('list.columns.title') },
          { key: 'status', label: t('list.columns.status') },
          { key: 'owner', label: t('list.columns.owner') },
          { key: 'sharing', label: t('list.columns.sharing') },
          { key: 'updated', label: t('list.columns.updated') },
        ]}
        empty={{ icon: <BookRegular />, title: t('list.ours.empty.title'), body: t('list.ours.empty.body') }}
        row={(module) => (
          <TableRow key={module.id}>
            <TableCell>
              <TableCellLayout description={module.tags.join(', ') || undefined}>
                <RouteLink to={`/modules/${module.id}`}>{module.title}</RouteLink>
              </TableCellLayout>
            </TableCell>
            <TableCell>
              <ModuleStatusBadges module={module} />
            </TableCell>
            <TableCell>{module.ownerName ?? t('list.noOwner')}</TableCell>
            <TableCell>{t(`sharing.${module.sharing}`)}</TableCell>
            <TableCell className={styles.nowrap}>{formatInstant(module.updatedAt, i18n.language)}</TableCell>
          </TableRow>
        )}
      />
    </Panel>
  );
}

function SharedModules() {
  const { t, i18n } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const shared = useSharedModules();
  const copy = useCopySharedModule();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  return (
    <Panel heading={t('list.shared.heading')}>
      <ListFrame
        query={shared}
        problem={problemOf(shared.error)}
        label={t('list.shared.heading')}
        columns={[
          { key: 'title', label: t('list.columns.title') },
          { key: 'municipality', label: t('list.columns.municipality') },
          { key: 'status', label: t('list.columns.status') },
          { key: 'updated', label: t('list.columns.updated') },
          { key: 'actions', label: t('list.columns.actions'), muted: true },
        ]}
        empty={{ icon: <BookRegular />, title: t('list.shared.empty.title'), body: t('list.shared.empty.body') }}
        row={(module) => (
          <TableRow key={module.id}>
            <TableCell>{module.title}</TableCell>
            <TableCell>{module.municipality}</TableCell>
            <TableCell>
              <ModuleStatusBadges module={{ ...module, hasDraft: false }} />
            </TableCell>
            <TableCell className={styles.nowrap}>{formatInstant(module.updatedAt, i18n.language)}</TableCell>
            <TableCell>
              <Button
                size="small"
                icon={<CopyRegular />}
                disabled={copy.isPending}
                aria-label={t('list.shared.copyFor', { title: module.title })}
                onClick={() =>
                  copy.mutate(module.id, {
                    onSuccess: (created) => {
                      notify(t('list.shared.copied', { title: created.title }));
                      void navigate(`/modules/${created.id}`);
                    },
                    onError: (error) => notify(problemMessage(problemOf(error)), 'error'),
                  })
                }
              >
                {t('list.shared.copy')}
              </Button>
            </TableCell>
          </TableRow>
        )}
      />
    </Panel>
  );
}
