import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavigationItem } from '../navigation/navigation';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
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
export function TopNavigation({ items }: { items: readonly NavigationItem[] }) {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} className={styles.link}>
            {t(item.label)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
