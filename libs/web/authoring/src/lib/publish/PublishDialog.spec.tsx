import { ProblemCode } from '@larnav/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MODULE_ID, moduleDetail, renderAuthoring, type FakeRoutes } from '../../testing/render-authoring';
import { PublishDialog } from './PublishDialog';

function renderDialog(routes: FakeRoutes) {
  const onPublished = jest.fn();
  const onClose = jest.fn();
  renderAuthoring(
    <PublishDialog moduleId={MODULE_ID} open revision={7} onClose={onClose} onPublished={onPublished} />,
    routes,
  );
  return { onPublished, onClose };
}

describe('PublishDialog', () => {
  it('needs a change note and a choice of significance before it publishes', async () => {
    const sent: unknown[] = [];
    renderDialog({
      'POST /api/catalog/modules/{id}/draft/publish': ({ body }) => {
        sent.push(body);
        return { body: moduleDetail({ publishedNumber: 2, hasDraft: false }) };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Publicera' }));
    expect(screen.getByText('Skriv vad som har ändrats.')).toBeInTheDocument();
    expect(screen.getByText('Välj hur stor ändringen är.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('sends the note, the significance and the reviewed revision, and says which version is out', async () => {
    const sent: unknown[] = [];
    const { onPublished, onClose } = renderDialog({
      'POST /api/catalog/modules/{id}/draft/publish': ({ body }) => {
        sent.push(body);
        return { body: moduleDetail({ publishedNumber: 2, hasDraft: false }) };
      },
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Vad har ändrats/ }),
      '  Nytt avsnitt om tillsyn. ',
    );
    expect(screen.getByRole('radio', { name: 'Mindre ändring (stavfel, formuleringar)' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Betydande ändring (kan kräva att man gör om modulen)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith(2));
    expect(sent).toEqual([{ changeNote: 'Nytt avsnitt om tillsyn.', significance: 'significant', revision: 7 }]);
    expect(onClose).toHaveBeenCalled();
  });

  it('stays open with the reason when the draft changed since it was reviewed', async () => {
    const { onPublished } = renderDialog({
      'POST /api/catalog/modules/{id}/draft/publish': {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: ProblemCode.DraftChangedElsewhere,
          detail: '',
        },
      },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Vad har ändrats/ }), 'Stavfel');
    await userEvent.click(screen.getByRole('radio', { name: /^Mindre ändring/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan har sparat utkastet');
    expect(onPublished).not.toHaveBeenCalled();
  });
});
