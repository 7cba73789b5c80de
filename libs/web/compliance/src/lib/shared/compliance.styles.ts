import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the rules pages: stacked panels, scrolling tables, the form's columns. */
export const useComplianceStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { margin: 0, maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  // Narrow screens scroll a table sideways rather than crushing its columns.
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  // Wide screens show the preview beside the form, so it is in view while the fields change.
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: 'minmax(0, 40rem) minmax(16rem, 1fr)',
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  sticky: { position: 'sticky', top: tokens.spacingVerticalL },
});
