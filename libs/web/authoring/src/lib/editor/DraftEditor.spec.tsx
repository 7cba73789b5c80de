import { ProblemCode } from '@larnav/contracts';
import type { SaveDraftInput } from '@larnav/web/api-client';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  draftVersion,
  gate,
  lesson,
  moduleDetail,
  renderAuthoring,
  type FakeRoutes,
} from '../../testing/render-authoring';
import { DraftEditor } from './DraftEditor';

const DELAY = 30;
const status = () => screen.getByTestId('save-status');

/** Saves answer with the next revision and record what was sent. */
function savingRoutes(extra: FakeRoutes = {}) {
  const saves: SaveDraftInput[] = [];
  const routes: FakeRoutes = {
    'PUT /api/catalog/modules/{id}/draft': ({ body }) => {
      const input = body as SaveDraftInput;
      saves.push(input);
      return { body: draftVersion({ ...input, revision: input.revision + 1 } as never) };
    },
    ...extra,
  };
  return { saves, routes };
}

function renderEditor(
  lessons = [lesson('Välkommen', 1), lesson('Film', 2), lesson('Test', 3)],
  routes: FakeRoutes = {},
) {
  return renderAuthoring(
    <DraftEditor module={moduleDetail()} draft={draftVersion({ lessons })} canPublish autosaveDelayMs={DELAY} />,
    routes,
  );
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Lektioner i ordning' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.match(/\d+\. (.*?)Redigera/)?.[1]);

describe('DraftEditor autosave', () => {
  it('goes from Sparat to Ej sparat to Sparar… to Sparat, sending the revision it started from', async () => {
    const held = gate();
    const { saves, routes } = savingRoutes();
    renderAuthoring(
      <DraftEditor module={moduleDetail()} draft={draftVersion()} canPublish autosaveDelayMs={DELAY} />,
      routes,
      (client) => ({
        ...client,
        // Holds every save open until the test has seen "Sparar…".
        PUT: (async (...args: unknown[]) => {
          await held.promise;
          return (client.PUT as (...rest: unknown[]) => unknown)(...args);
        }) as typeof client.PUT,
      }),
    );
    expect(status()).toHaveTextContent('Sparat');
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), ' 2025');
    expect(status()).toHaveTextContent('Ej sparat');
    await waitFor(() => expect(status()).toHaveTextContent('Sparar…'));
    held.open();
    await waitFor(() => expect(status()).toHaveTextContent('Sparat'));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ title: 'Bygglov för nyanställda 2025', revision: 1 });

    await userEvent.type(screen.getByRole('spinbutton', { name: /^Ungefärlig tid/ }), '5');
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({ estimatedMinutes: 205, revision: 2 });
  });

  it('does not save a draft the schema refuses, and says what is missing beside the fields', async () => {
    const { saves, routes } = savingRoutes();
    renderEditor(undefined, routes);
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till innehåll' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Bild' }));
    expect(await screen.findByText('Ladda upp en fil.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Alternativ text/ })).toHaveAccessibleDescription(/Fyll i det här\./);
    expect(status()).toHaveTextContent('Ej sparat – 2 saker behöver rättas');
    expect(screen.getByRole('button', { name: 'Publicera…' })).toHaveAttribute('aria-disabled', 'true');
    expect(saves).toHaveLength(0);
  });

  it('shows the server’s refusal of a save with its detail, and tries again on request', async () => {
    let answer = {
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: ProblemCode.ValidationFailed,
        detail: 'lessons[0].title: Too big',
        errors: [{ field: 'lessons', message: 'lessons[0].title: Too big' }],
      },
    };
    const saves: unknown[] = [];
    renderEditor(undefined, {
      'PUT /api/catalog/modules/{id}/draft': ({ body }) => {
        saves.push(body);
        return answer;
      },
    });
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), '!');
    expect(await screen.findByText('Utkastet kunde inte sparas')).toBeInTheDocument();
    expect(screen.getByText('lessons[0].title: Too big')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Ej sparat – det gick inte att spara');
    answer = { status: 200, body: draftVersion({ revision: 2 }) } as never;
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(status()).toHaveTextContent('Sparat'));
    expect(saves).toHaveLength(2);
  });
});

describe('DraftEditor when another trainer saved in between (409)', () => {
  const conflict = {
    status: 409,
    body: {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      code: ProblemCode.DraftChangedElsewhere,
      detail: 'Someone else saved',
    },
  };

  function renderConflict() {
    const saves: SaveDraftInput[] = [];
    let first = true;
    const theirs = draftVersion({ title: 'Deras titel', revision: 5, lessons: [lesson('Deras lektion', 4)] });
    renderEditor([lesson('Välkommen', 1)], {
      'PUT /api/catalog/modules/{id}/draft': ({ body }) => {
        const input = body as SaveDraftInput;
        saves.push(input);
        if (first) {
          first = false;
          return conflict;
        }
        return { body: draftVersion({ ...input, revision: input.revision + 1 } as never) };
      },
      '/api/catalog/modules/{id}/versions/{versionId}': { body: theirs },
    });
    return saves;
  }

  it('stops autosaving and offers "Ladda om utkastet", which loads theirs', async () => {
    const saves = renderConflict();
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), ' (min)');
    const bar = await screen.findByRole('alert');
    expect(bar).toHaveTextContent('Någon annan har sparat utkastet');
    expect(status()).toHaveTextContent('någon annan har ändrat utkastet');
    // No more saves while the trainer has not chosen, however long they keep typing.
    jest.useFakeTimers();
    try {
      fireEvent.change(screen.getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Ännu en ändring' } });
      act(() => jest.advanceTimersByTime(DELAY * 100));
      // Let a save that had started reach the API.
      await act(async () => {
        for (let i = 0; i < 20; i++) await Promise.resolve();
      });
      expect(saves).toHaveLength(1);
      expect(status()).toHaveTextContent('någon annan har ändrat utkastet');
    } finally {
      jest.useRealTimers();
    }

    await userEvent.click(within(bar).getByRole('button', { name: 'Ladda om utkastet' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Deras titel'));
    expect(status()).toHaveTextContent('Sparat');
    expect(screen.getByRole('button', { name: /Flytta Deras lektion/ })).toBeInTheDocument();
    expect(saves).toHaveLength(1);
  });

  it('offers "Behåll mina ändringar", which saves mine over theirs at their revision', async () => {
    const saves = renderConflict();
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), ' (min)');
    const bar = await screen.findByRole('alert');
    await userEvent.click(within(bar).getByRole('button', { name: 'Behåll mina ändringar' }));
    await waitFor(() => expect(status()).toHaveTextContent('Sparat'));
    expect(saves).toHaveLength(2);
    expect(saves[1]).toMatchObject({ title: 'Bygglov för nyanställda (min)', revision: 5 });
    expect(saves[1].lessons.map((l) => l.title)).toEqual(['Välkommen']);
  });
});

describe('DraftEditor lesson order by keyboard', () => {
  it('moves a lesson with "Flytta ned" by Enter, keeps focus on the button, and saves the new order', async () => {
    const { saves, routes } = savingRoutes();
    renderEditor(undefined, routes);
    const down = screen.getByRole('button', { name: 'Flytta ned Välkommen' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(titles()).toEqual(['Film', 'Välkommen', 'Test']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Flytta ned Välkommen' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(titles()).toEqual(['Film', 'Test', 'Välkommen']);
    // At the bottom it can go no further, and says so without losing focus.
    expect(screen.getByRole('button', { name: 'Flytta ned Välkommen' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(saves.at(-1)?.lessons.map((l) => l.title)).toEqual(['Film', 'Test', 'Välkommen']));
  });

  it('moves a lesson with the drag handle by Space, arrow and Space, and announces it', async () => {
    // jsdom has no layout: give each lesson row a place, as a browser would, so dnd-kit can measure.
    const rect = jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('[data-lesson-index]');
      const index = Number(row?.getAttribute('data-lesson-index') ?? 0);
      return new DOMRect(0, index * 50, 400, 40);
    });
    try {
      renderEditor();
      const handle = screen.getByRole('button', { name: 'Flytta Test, plats 3 av 3' });
      handle.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(screen.getByText('Test är nu på plats 3 av 3.')).toBeInTheDocument());
      await userEvent.keyboard('{ArrowUp}');
      await waitFor(() => expect(screen.getByText('Test är nu på plats 2 av 3.')).toBeInTheDocument());
      await userEvent.keyboard(' ');
      await waitFor(() => expect(titles()).toEqual(['Välkommen', 'Test', 'Film']));
      expect(screen.getByText('Test är släppt på plats 2 av 3.')).toBeInTheDocument();
    } finally {
      rect.mockRestore();
    }
  });
});

describe('DraftEditor leaving', () => {
  it('asks before leaving with unsaved changes, and stays on request', async () => {
    const { router } = renderEditor(undefined, savingRoutes().routes);
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till innehåll' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Bild' }));
    await act(() => router.navigate('/modules'));
    expect(await screen.findByRole('heading', { name: 'Vill du lämna sidan?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stanna kvar' }));
    expect(router.state.location.pathname).not.toBe('/modules');
    const warned = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(warned);
    expect(warned.defaultPrevented).toBe(true);
  });
});
