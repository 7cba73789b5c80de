import { Body1, makeStyles, Title1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXL,
  },
  text: { margin: 0, maxWidth: '80ch' },
});

/** A page's h1 and one line on what it is for; also the document title. */
export function PageHeader({
  title,
  documentTitle,
  children,
}: {
  title: string;
  documentTitle: string;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <title>{documentTitle}</title>
      <Title1 as="h1" className={styles.text}>
        {title}
      </Title1>
      {children && (
        <Body1 as="p" className={styles.text}>
          {children}
        </Body1>
      )}
    </div>
  );
}
