import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { HatGraduationFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from './SkipLink';

export const MAIN_CONTENT_ID = 'main-content';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    '@media (max-width: 600px)': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    },
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  mark: { fontSize: '32px', color: tokens.colorBrandForeground1 },
  names: { display: 'flex', flexDirection: 'column' },
  product: {
    ...typographyStyles.subtitle2,
    color: tokens.colorNeutralForeground1,
  },
  organisation: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  navigation: { flexGrow: 1 },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  main: {
    boxSizing: 'border-box',
    maxWidth: '1280px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 600px)': {
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    },
    // Focused only by the skip link; a ring around the whole page would read as a bug.
    ':focus': { outlineStyle: 'none' },
  },
});

export interface AppShellProps {
  productName: string;
  /** The municipality; absent while it loads. */
  organisationName?: string;
  navigationLabel: string;
  navigation: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: skip link, header (product, municipality, navigation, actions), main. */
export function AppShell(props: AppShellProps) {
  const { t } = useTranslation('ui');
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SkipLink targetId={MAIN_CONTENT_ID}>{t('skipLink')}</SkipLink>
      <header className={styles.header}>
        <div className={styles.brand}>
          <HatGraduationFilled className={styles.mark} aria-hidden />
          <div className={styles.names}>
            <span className={styles.product}>{props.productName}</span>
            <span className={styles.organisation} data-testid="organisation-name">
              {props.organisationName ?? '\u00a0'}
            </span>
          </div>
        </div>
        <nav aria-label={props.navigationLabel} className={styles.navigation}>
          {props.navigation}
        </nav>
        <div className={styles.actions}>{props.actions}</div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        {props.children}
      </main>
    </div>
  );
}
