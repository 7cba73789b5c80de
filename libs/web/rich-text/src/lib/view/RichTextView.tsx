import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { renderNode } from './render-rich-text';

export interface RichTextViewProps {
  /** A lesson's stored rich text (the editor's JSON); anything outside the schema is not shown. */
  doc: unknown;
  className?: string;
}

const useStyles = makeStyles({
  root: {
    '& a': { color: tokens.colorBrandForegroundLink },
    '& blockquote': {
      marginInline: '0',
      paddingInlineStart: tokens.spacingHorizontalL,
      borderInlineStartWidth: tokens.strokeWidthThick,
      borderInlineStartStyle: 'solid',
      borderInlineStartColor: tokens.colorNeutralStroke1,
    },
  },
});

/** A lesson's text for learners, built element by element from the JSON: never from HTML. */
export function RichTextView({ doc, className }: RichTextViewProps) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.root, className)}>{renderNode(doc, 1, 0)}</div>;
}
