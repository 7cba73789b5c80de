import { makeStyles, mergeClasses, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
});

export interface PanelProps {
  heading: string;
  /** Buttons beside the heading, e.g. "Ge en roll". */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled white card: one section of a page, labelled by its h2. */
export function Panel({ heading, actions, className, children }: PanelProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.root, className)}>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {heading}
        </Subtitle1>
        {actions}
      </div>
      {children}
    </section>
  );
}
