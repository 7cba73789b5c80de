import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { Problem } from '@larnav/contracts';
import type { ReactNode } from 'react';
import { EmptyState } from '../states/EmptyState';
import { ErrorState } from '../states/ErrorState';
import { LoadingState } from '../states/LoadingState';

const useStyles = makeStyles({
  // Narrow screens scroll a table sideways rather than crushing its columns.
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  hiddenHeader: { color: tokens.colorNeutralForeground3 },
});

/** What the frame needs of a TanStack query, so any list hook fits. */
export interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  data: T[] | undefined;
  refetch: () => unknown;
}

export interface ListColumn {
  key: string;
  label: string;
  /** An actions column: its header is there for screen readers, muted for the eye. */
  muted?: boolean;
}

export interface ListFrameProps<T> {
  query: ListQuery<T>;
  /** The problem behind a failed query (`problemOf(query.error)`), undefined when no answer came. */
  problem: Problem | undefined;
  /** Names the table and its scrolling region. */
  label: string;
  columns: ListColumn[];
  empty: { title: string; body?: ReactNode; icon?: ReactNode };
  /** One <TableRow> per item. */
  row: (item: T) => ReactNode;
}

/**
 * The one frame every list shares: a spinner while it loads, the problem with "Försök igen" when
 * it fails, a friendly empty state, and otherwise a scrolling, named table.
 */
export function ListFrame<T>({ query, problem, label, columns, empty, row }: ListFrameProps<T>) {
  const styles = useStyles();
  if (query.isPending) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState problem={problem} onRetry={() => query.refetch()} />;
  if (query.data.length === 0)
    return (
      <EmptyState icon={empty.icon} title={empty.title}>
        {empty.body}
      </EmptyState>
    );
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <Table size="small" className={styles.table} aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key}>
                {column.muted ? <span className={styles.hiddenHeader}>{column.label}</span> : column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{query.data.map(row)}</TableBody>
      </Table>
    </div>
  );
}
