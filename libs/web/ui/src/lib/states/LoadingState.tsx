import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalXXL,
  },
});

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner label={label ?? t('loading')} />
    </div>
  );
}
