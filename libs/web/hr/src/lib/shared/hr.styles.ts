import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the dashboard's panels: stacked sections, filter rows, bars beside their numbers. */
export const useHrStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { margin: 0, maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  nowrap: { whiteSpace: 'nowrap' },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '10rem' },
  barTrack: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});
