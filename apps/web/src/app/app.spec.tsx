import { ProblemCode } from '@larnav/contracts';
import { createFakeApiClient, ProblemError } from '@larnav/web/api-client';
import { createI18n, LANGUAGE_STORAGE_KEY } from '@larnav/web/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';
import { appTranslations } from './translations';

const kommun = {
  id: 'k',
  parentId: null,
  name: 'Stenungsunds kommun',
  code: 'SK',
  depth: 0,
  archived: false,
  headCount: 3,
  directHeadCount: 1,
};

function renderApp(path: string) {
  const apiClient = createFakeApiClient({
    '/api/tenant': {
      body: { id: 't', slug: 'stenungsund', name: 'Stenungsunds kommun' },
    },
    '/api/org-units/tree': { body: { at: '2024-01-15', units: [kommun] } },
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <AppProviders
      i18n={createI18n({ translations: appTranslations })}
      queryClient={createQueryClient()}
      apiClient={apiClient}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('the web shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts on the organisation page, in Swedish, with the municipality in the header', async () => {
    const router = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organisation' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organisation');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Lärnav')).toBeInTheDocument();
    expect(
      await within(header).findByText('Stenungsunds kommun'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Organisation' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches to English, says so on <html> and remembers it', async () => {
    renderApp('/organisation?at=2024-01-15');
    await screen.findByRole('tree');
    await userEvent.click(
      screen.getByRole('button', { name: 'Språk: Svenska' }),
    );
    await userEvent.click(
      await screen.findByRole('menuitemradio', { name: 'English' }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'The organisation on 15 January 2024',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Skip to main content' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('moves focus to the main content from the skip link', async () => {
    renderApp('/organisation');
    await screen.findByRole('heading', { level: 1 });
    // Tab order itself is covered in a real browser (apps/web-e2e); jsdom has Fluent's focus traps.
    screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('tells a reader when a page does not exist', async () => {
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('heading', { name: 'Sidan finns inte' }),
    ).toBeInTheDocument();
  });
});

describe('createQueryClient', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry as (
    n: number,
    e: unknown,
  ) => boolean;
  const failure = (status: number) =>
    new ProblemError({
      type: 'about:blank',
      title: '',
      detail: '',
      status,
      code: ProblemCode.Internal,
    });

  it('does not retry an answer that will not change', () => {
    expect(retry(0, failure(404))).toBe(false);
  });

  it('retries a dropped connection or a server error a couple of times', () => {
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(1, failure(503))).toBe(true);
    expect(retry(2, failure(503))).toBe(false);
  });
});

describe('signing in', () => {
  it('sends a reader who is not signed in to the sign-in page, and back afterwards', async () => {
    const notSignedIn = {
      status: 401,
      body: {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Sign in',
        code: ProblemCode.NotSignedIn,
      },
    };
    const apiClient = createFakeApiClient({
      '/api/tenant': {
        body: { id: 't', slug: 'stenungsund', name: 'Stenungsunds kommun' },
      },
      '/api/org-units/tree': notSignedIn,
      '/api/auth/methods': { body: { oidc: true, saml: false } },
    });
    const router = createMemoryRouter(appRoutes, {
      initialEntries: ['/organisation?at=2024-01-15'],
    });
    render(
      <AppProviders
        i18n={createI18n({ translations: appTranslations, storage: null })}
        queryClient={createQueryClient()}
        apiClient={apiClient}
      >
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Logga in' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Logga in' }),
    ).toBeInTheDocument();
    expect(
      new URLSearchParams(router.state.location.search).get('returnTo'),
    ).toBe('/organisation?at=2024-01-15');
  });

  it('explains a failed sign-in by its code', async () => {
    const apiClient = createFakeApiClient({
      '/api/tenant': {
        body: { id: 't', slug: 'stenungsund', name: 'Stenungsunds kommun' },
      },
      '/api/auth/methods': { body: { oidc: true, saml: false } },
    });
    const router = createMemoryRouter(appRoutes, {
      initialEntries: ['/sign-in?error=sign_in_failed'],
    });
    render(
      <AppProviders
        i18n={createI18n({ translations: appTranslations, storage: null })}
        queryClient={createQueryClient()}
        apiClient={apiClient}
      >
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(
      await screen.findByText('Inloggningen misslyckades. Försök igen.'),
    ).toBeInTheDocument();
  });
});
