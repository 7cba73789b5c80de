import { type RichTextDoc, validateRichText } from '@larnav/shared/rich-text';
import { TestProviders } from '@larnav/web/ui';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { richTextTranslations } from '../../i18n/translations';
import { RichTextEditor } from './RichTextEditor';

const start: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }] };

function renderEditor(language: 'sv' | 'en' = 'sv') {
  const onChange = jest.fn<void, [RichTextDoc]>();
  render(
    <TestProviders translations={{ richText: richTextTranslations }} language={language}>
      <RichTextEditor label="Lektionstext" value={start} onChange={onChange} />
    </TestProviders>,
  );
  return { onChange, textbox: screen.getByRole('textbox', { name: 'Lektionstext' }) };
}

describe('RichTextEditor', () => {
  it('names its multi-line editing area by the label and shows the value', () => {
    const { textbox } = renderEditor();
    expect(textbox).toHaveAttribute('aria-multiline', 'true');
    expect(textbox).toHaveTextContent('Hej');
  });

  it('labels the toolbar and its toggles in Swedish and English', () => {
    renderEditor('sv');
    expect(screen.getByRole('toolbar', { name: 'Textformat' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fet' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('speaks English when asked', () => {
    renderEditor('en');
    expect(screen.getByRole('button', { name: 'Bold' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Heading level 2' })).toBeInTheDocument();
  });

  it('makes the selection bold, says so with aria-pressed, and hands out JSON the server accepts', async () => {
    const { onChange, textbox } = renderEditor();
    await userEvent.click(textbox);
    await userEvent.keyboard('{Control>}a{/Control}');
    await userEvent.click(screen.getByRole('button', { name: 'Fet' }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const doc = onChange.mock.lastCall?.[0];
    expect(doc?.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }]);
    expect(validateRichText(doc).ok).toBe(true);
    expect(screen.getByRole('button', { name: 'Fet' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('refuses a javascript: link in the dialog, with the reason', async () => {
    const { onChange } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Länk' }));
    const address = await screen.findByRole('textbox', { name: /Adress/ });
    await userEvent.type(address, 'javascript:alert(1)');
    await userEvent.click(screen.getByRole('button', { name: 'Spara länk' }));
    expect(await screen.findByText(/Adressen måste börja med https:\/\//)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds an allowed link as linked text', async () => {
    const { onChange } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Länk' }));
    await userEvent.type(await screen.findByRole('textbox', { name: /Adress/ }), 'https://www.tjorn.se');
    await userEvent.click(screen.getByRole('button', { name: 'Spara länk' }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const marks = onChange.mock.lastCall?.[0].content?.[0]?.content?.flatMap((n) => n.marks ?? []);
    expect(marks).toContainEqual({ type: 'link', attrs: { href: 'https://www.tjorn.se' } });
    expect(validateRichText(onChange.mock.lastCall?.[0]).ok).toBe(true);
  });
});
