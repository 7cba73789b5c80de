import { makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'underline',
    ':focus': {
      top: tokens.spacingVerticalS,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/** The first Tab stop: lets keyboard users jump past the header straight to the page. */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const styles = useStyles();
  // Focus the target ourselves: a hash change would be taken by the router as a navigation.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a className={styles.link} href={`#${targetId}`} onClick={skip}>
      {children}
    </a>
  );
}
