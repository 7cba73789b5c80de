import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { BookRegular, SearchRegular } from '@fluentui/react-icons';
import { MY_DATA_URL, type MyModule, problemOf, useMyTraining } from '@larnav/web/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, Panel } from '@larnav/web/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLearnerStyles } from '../shared/learner.styles';
import { ModuleCard } from './ModuleCard';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    marginBottom: tokens.spacingVerticalL,
  },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

function ModuleList({ modules, label, showOrigin }: { modules: MyModule[]; label: string; showOrigin?: boolean }) {
  const styles = useLearnerStyles();
  return (
    <ul className={styles.cards} aria-label={label}>
      {modules.map((module) => (
        <li key={module.moduleId}>
          <ModuleCard module={module} showOrigin={showOrigin} />
        </li>
      ))}
    </ul>
  );
}

/**
 * My training, the start page after signing in: what is required of me (most urgent first, as
 * the server orders it), what I started, what I completed with its certificate, and the catalogue.
 */
export function MyTrainingPage() {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [origin, setOrigin] = useState('');
  const [tag, setTag] = useState('');
  const training = useMyTraining(q);
  const data = training.data;

  const catalogue = useMemo(
    () =>
      (data?.catalogue ?? []).filter(
        (m) => (!origin || m.municipality === origin) && (!tag || m.tags.includes(tag)),
      ),
    [data, origin, tag],
  );
  const origins = useMemo(() => [...new Set((data?.catalogue ?? []).map((m) => m.municipality))].sort(), [data]);
  const tags = useMemo(() => [...new Set((data?.catalogue ?? []).flatMap((m) => m.tags))].sort(), [data]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(typed.trim());
  };

  return (
    <div className={shared.stack}>
      <PageHeader title={t('training.heading')} documentTitle={t('training.pageTitle')}>
        {t('training.intro')}
      </PageHeader>
      {training.isPending ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState problem={problemOf(training.error)} onRetry={() => void training.refetch()} />
      ) : (
        <>
          <Panel heading={t('training.required.heading')}>
            {data.required.length ? (
              <ModuleList modules={data.required} label={t('training.required.heading')} />
            ) : (
              <EmptyState icon={<BookRegular />} title={t('training.required.empty')} />
            )}
          </Panel>
          {data.inProgress.length > 0 && (
            <Panel heading={t('training.inProgress.heading')}>
              <ModuleList modules={data.inProgress} label={t('training.inProgress.heading')} />
            </Panel>
          )}
          <Panel heading={t('training.completed.heading')}>
            {data.completed.length ? (
              <ModuleList modules={data.completed} label={t('training.completed.heading')} />
            ) : (
              <EmptyState title={t('training.completed.empty')} />
            )}
          </Panel>
          <Panel heading={t('training.catalogue.heading')}>
            <div className={styles.filters}>
              <form role="search" className={styles.search} onSubmit={search} aria-label={t('training.catalogue.searchLabel')}>
                <Field label={t('training.catalogue.search')}>
                  <Input type="search" value={typed} onChange={(_, d) => setTyped(d.value)} contentBefore={<SearchRegular />} />
                </Field>
                <Button type="submit">{t('training.catalogue.searchButton')}</Button>
              </form>
              <Field label={t('training.catalogue.origin')}>
                <Select value={origin} onChange={(_, d) => setOrigin(d.value)}>
                  <option value="">{t('training.catalogue.allOrigins')}</option>
                  {origins.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('training.catalogue.tag')}>
                <Select value={tag} onChange={(_, d) => setTag(d.value)}>
                  <option value="">{t('training.catalogue.allTags')}</option>
                  {tags.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <p role="status" className={shared.muted}>
              {t('training.catalogue.count', { count: catalogue.length })}
            </p>
            {catalogue.length > 0 && (
              <ModuleList modules={catalogue} label={t('training.catalogue.heading')} showOrigin />
            )}
          </Panel>
          <p>
            <a href={MY_DATA_URL} download>
              {t('myData.download')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
