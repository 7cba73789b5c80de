import { makeStyles, tokens } from '@fluentui/react-components';

export const useTimelineStyles = makeStyles({
  // Narrow screens scroll a table sideways rather than crushing its columns.
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  date: { whiteSpace: 'nowrap' },
  events: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  event: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  eventDate: { color: tokens.colorNeutralForeground2 },
});
