import { Body1, makeStyles, Subtitle1, Title1, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3 },
  text: { margin: 0, maxWidth: '48ch', color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

export interface NoAccessStateProps {
  /** h1 when it is the whole page, h2 inside a page that has its own heading. */
  headingLevel?: 1 | 2;
}

/** What a page says to someone signed in without the permission it needs. */
export function NoAccessState({ headingLevel = 2 }: NoAccessStateProps) {
  const { t } = useTranslation('ui');
  const styles = useStyles();
  const Heading = headingLevel === 1 ? Title1 : Subtitle1;
  return (
    <div className={styles.root} data-testid="no-access">
      <LockClosedRegular className={styles.icon} aria-hidden />
      <Heading as={headingLevel === 1 ? 'h1' : 'h2'} className={styles.heading}>
        {t('noAccess.title')}
      </Heading>
      <Body1 as="p" className={styles.text}>
        {t('noAccess.body')}
      </Body1>
    </div>
  );
}
