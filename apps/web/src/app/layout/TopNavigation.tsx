import {
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: {
    ...typographyStyles.body1Strong,
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': {
      color: tokens.colorNeutralForeground1,
      borderBottomColor: tokens.colorNeutralStroke1,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
    // NavLink sets aria-current="page" on the current area.
    '&[aria-current="page"]': {
      color: tokens.colorBrandForeground1,
      borderBottomColor: tokens.colorBrandStroke1,
    },
  },
});

/** Links to the areas; a plain list of links, since navigating is not a menu action. */
export function TopNavigation() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      <li>
        <NavLink to="/organisation" className={styles.link}>
          {t('navigation.organisation')}
        </NavLink>
      </li>
    </ul>
  );
}
