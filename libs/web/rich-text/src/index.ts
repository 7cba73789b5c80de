export { RICH_TEXT_NAMESPACE, richTextTranslations } from './i18n/translations';
export { RichTextView, type RichTextViewProps } from './lib/view/RichTextView';
export { richTextExtensions } from './lib/editor/rich-text-extensions';
export { RichTextEditor, type RichTextEditorProps } from './lib/editor/RichTextEditor';
