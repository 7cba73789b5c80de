import { Body1, Button, makeStyles, Title1, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXXL,
  },
});

/** A page that failed to load or render, most often a stale page after a new version went out. */
export function RouteErrorPage() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <main className={styles.root}>
      <title>{t('routeError.pageTitle')}</title>
      <Title1 as="h1">{t('routeError.title')}</Title1>
      <Body1 as="p">{t('routeError.body')}</Body1>
      <Button appearance="primary" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </main>
  );
}
