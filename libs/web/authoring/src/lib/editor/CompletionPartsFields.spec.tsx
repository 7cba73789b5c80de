import type { SaveDraftInput } from '@larnav/web/api-client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { draftVersion, lesson, moduleDetail, renderAuthoring } from '../../testing/render-authoring';
import { DraftEditor } from './DraftEditor';

function renderEditor(overrides: Parameters<typeof draftVersion>[0] = {}) {
  const saves: SaveDraftInput[] = [];
  renderAuthoring(
    <DraftEditor
      module={moduleDetail()}
      draft={draftVersion({ lessons: [lesson('Välkommen', 1)], ...overrides })}
      canPublish
      autosaveDelayMs={30}
    />,
    {
      'PUT /api/catalog/modules/{id}/draft': ({ body }) => {
        const input = body as SaveDraftInput;
        saves.push(input);
        return { body: draftVersion({ ...input, revision: input.revision + 1 } as never) };
      },
    },
  );
  return saves;
}

describe('the draft’s completion parts', () => {
  it('makes a blended module, e-learning first, by keyboard, and saves both settings', async () => {
    const saves = renderEditor();
    const parts = screen.getByRole('radiogroup', { name: /Det här krävs för att modulen ska vara klar/ });
    expect(screen.getByRole('radio', { name: /det ena räcker/ })).toBeChecked();
    // No order to choose until both parts are required.
    expect(screen.queryByRole('radiogroup', { name: 'Ordning' })).not.toBeInTheDocument();
    expect(parts).toHaveAccessibleDescription(/behåller sina regler/);

    screen.getByRole('radio', { name: /Både e-learning och ett utbildningspass/ }).focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(saves.at(-1)).toMatchObject({ completionRequirement: 'both', partOrder: 'any' }));
    await userEvent.click(screen.getByRole('radio', { name: 'E-learning först, sedan passet' }));
    await waitFor(() =>
      expect(saves.at(-1)).toMatchObject({ completionRequirement: 'both', partOrder: 'e-learning-first' }),
    );
  });

  it('drops the order when the module goes back to one part', async () => {
    const saves = renderEditor({ completionRequirement: 'both', partOrder: 'e-learning-first' });
    expect(screen.getByRole('radio', { name: 'E-learning först, sedan passet' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /Bara ett utbildningspass/ }));
    await waitFor(() =>
      expect(saves.at(-1)).toMatchObject({ completionRequirement: 'live-session', partOrder: 'any' }),
    );
    expect(screen.queryByRole('radiogroup', { name: 'Ordning' })).not.toBeInTheDocument();
  });
});
