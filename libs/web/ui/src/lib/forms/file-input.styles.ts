import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A native file input dressed like a Fluent button: the browser's own control keeps its keyboard
 * and screen-reader behaviour (and Playwright's setInputFiles), only its look is ours.
 */
export const useFileInputStyles = makeStyles({
  input: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    '::file-selector-button': {
      marginRight: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
      cursor: 'pointer',
    },
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});
