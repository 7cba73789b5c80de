import { Body1, Button, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { PersonSearchRegular } from '@fluentui/react-icons';
import { PEOPLE_SEARCH_MIN_LENGTH, problemOf, usePeopleSearch } from '@larnav/web/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, Panel } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PeopleHitsTable } from './PeopleHitsTable';

const PAGE = 25;
/** The API's largest page: past it, a narrower search helps more than scrolling. */
const MOST = 100;

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, maxWidth: '480px' },
  status: { margin: 0, ':empty': { display: 'none' } },
});

/**
 * HR and admins find a person by part of a name or email, an employee number, or the unit they
 * work in, and open their timeline. The search is in the address (`?q=`), so Back returns to it.
 */
export function PeopleSearchPage() {
  const { t } = useTranslation('org');
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [limit, setLimit] = useState(PAGE);
  const [tooShort, setTooShort] = useState(false);
  const search = usePeopleSearch(q, limit);

  const submit = () => {
    const needle = draft.trim();
    setTooShort(needle.length < PEOPLE_SEARCH_MIN_LENGTH);
    if (needle.length < PEOPLE_SEARCH_MIN_LENGTH) return;
    setLimit(PAGE);
    setParams({ q: needle });
  };

  const status = () => {
    if (!q || !search.isSuccess) return '';
    const { total, people } = search.data;
    const found = t('peopleSearch.found', { count: total, q });
    return people.length < total ? `${found} ${t('peopleSearch.showing', { shown: people.length })}` : found;
  };

  const results = () => {
    if (!q) return null;
    if (search.isPending) return <LoadingState label={t('peopleSearch.loading')} />;
    if (search.isError) return <ErrorState problem={problemOf(search.error)} onRetry={() => search.refetch()} />;
    if (search.data.total === 0) {
      return (
        <EmptyState icon={<PersonSearchRegular />} title={t('peopleSearch.empty.title')}>
          {t('peopleSearch.empty.body')}
        </EmptyState>
      );
    }
    const more = search.data.people.length < search.data.total;
    return (
      <>
        <PeopleHitsTable people={search.data.people} />
        {more && limit < MOST && (
          <Button onClick={() => setLimit(Math.min(limit + PAGE, MOST))} disabled={search.isFetching}>
            {t('peopleSearch.more')}
          </Button>
        )}
        {more && limit >= MOST && <Body1 as="p">{t('peopleSearch.narrow')}</Body1>}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('peopleSearch.title')} documentTitle={t('peopleSearch.pageTitle')}>
        {t('peopleSearch.intro')}
      </PageHeader>
      <Panel heading={t('peopleSearch.heading')}>
        {/* A search landmark with Enter handled here, not a <form>: a submit that navigates starts a
            transition, and React then builds a FormData of the form, which the unit tests' DOM cannot. */}
        <div role="search" className={styles.form}>
          <Field
            className={styles.field}
            label={t('peopleSearch.label')}
            hint={t('peopleSearch.hint')}
            validationState={tooShort ? 'error' : 'none'}
            validationMessage={tooShort ? t('peopleSearch.tooShort', { count: PEOPLE_SEARCH_MIN_LENGTH }) : undefined}
          >
            <SearchBox
              value={draft}
              onChange={(_, data) => setDraft(data.value)}
              onKeyDown={(event) => event.key === 'Enter' && submit()}
              maxLength={100}
            />
          </Field>
          <Button appearance="primary" onClick={submit}>
            {t('peopleSearch.submit')}
          </Button>
        </div>
        <Body1 as="p" aria-live="polite" className={styles.status}>
          {status()}
        </Body1>
        {results()}
      </Panel>
    </>
  );
}
