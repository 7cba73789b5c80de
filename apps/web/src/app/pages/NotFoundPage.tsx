import { Body1, Link, makeStyles, Title1, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
});

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const navigate = useNavigate();
  return (
    <div className={styles.root}>
      <title>{t('notFound.pageTitle')}</title>
      <Title1 as="h1" className={styles.text}>
        {t('notFound.title')}
      </Title1>
      <Body1 as="p" className={styles.text}>
        {t('notFound.body')}
      </Body1>
      <Link
        href="/"
        onClick={(event) => {
          // Keep the app loaded: navigate in the router instead of reloading the page.
          event.preventDefault();
          void navigate('/');
        }}
      >
        {t('notFound.home')}
      </Link>
    </div>
  );
}
