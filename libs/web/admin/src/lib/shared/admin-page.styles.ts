import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the admin sections: stacked panels, scrolling tables, dialog forms. */
export const useAdminStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  intro: { margin: 0, maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  // Narrow screens scroll a table sideways rather than crushing its columns.
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  formActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});
