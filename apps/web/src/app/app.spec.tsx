import { Permission, permissionsOf, ProblemCode, Role } from '@larnav/contracts';
import { createFakeApiClient, type FakeAnswer, type FakeRequest, type Me, ProblemError } from '@larnav/web/api-client';
import { createI18n, LANGUAGE_STORAGE_KEY } from '@larnav/web/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';
import { leaveApp } from './sign-in/leave-app';
import { appTranslations } from './translations';

jest.mock('./sign-in/leave-app', () => ({ leaveApp: jest.fn() }));

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

function signedInAs(name: string, roles: Role[]): Me {
  const all = [Role.Learner, ...roles];
  return {
    person: {
      id: 'p1',
      name,
      email: `${name.toLowerCase().replace(' ', '.')}@stenungsund.se`,
      employments: [
        {
          id: 'e1',
          orgUnitId: 'bygglov',
          orgUnitName: 'Bygglov',
          jobRole: 'bygglovshandläggare',
          startDate: '2024-09-02',
          endDate: null,
        },
      ],
    },
    roles: all,
    permissions: [...permissionsOf(all)],
    hrUnitIds: [],
    managesTeam: false,
    csrfToken: 'csrf',
  };
}

const ADMIN = signedInAs('Anders Nyberg', [Role.Admin]);
const LEARNER = signedInAs('Sara Lindqvist', []);

const notSignedIn: FakeAnswer = {
  status: 401,
  body: {
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail: 'Sign in',
    code: ProblemCode.NotSignedIn,
  },
};

function renderApp(
  path: string,
  me: Me | null = ADMIN,
  routes: Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)> = {},
) {
  const apiClient = createFakeApiClient({
    '/api/tenant': {
      body: { id: 't', slug: 'stenungsund', name: 'Stenungsunds kommun' },
    },
    '/api/auth/me': me ? { body: me } : notSignedIn,
    '/api/auth/methods': { body: { oidc: true, saml: false } },
    '/api/org-units/tree': { body: { at: '2024-01-15', units: [kommun] } },
    '/api/learning/my-training': {
      body: { today: '2024-01-15', required: [], inProgress: [], completed: [], catalogue: [] },
    },
    ...routes,
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

const navigation = () => screen.getByRole('navigation', { name: 'Huvudmeny' });

describe('the web shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts an administrator on My training, in Swedish, with the municipality in the header', async () => {
    const router = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Min utbildning' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-training');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Lärnav')).toBeInTheDocument();
    expect(await within(header).findByText('Stenungsunds kommun')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Min utbildning' })).toHaveAttribute('aria-current', 'page');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches to English, says so on <html> and remembers it', async () => {
    renderApp('/organisation?at=2024-01-15');
    await screen.findByRole('tree');
    await userEvent.click(screen.getByRole('button', { name: 'Språk: Svenska' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', {
        name: 'The organisation on 15 January 2024',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'My account',
      }),
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

  it('tells a reader when a page does not exist, signed in or not', async () => {
    renderApp('/no-such-page', null);
    expect(await screen.findByRole('heading', { name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});

describe('the navigation, by permission', () => {
  it('shows an administrator Organisation, Moduler, Regler, Täckning, Administration and Mitt konto', async () => {
    renderApp('/organisation');
    await screen.findByRole('heading', { level: 1, name: 'Organisation' });
    expect(
      within(navigation())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Min utbildning',
      'Organisation',
      'Personer',
      'Moduler',
      'Regler',
      'Täckning',
      'Administration',
      'Mitt konto',
    ]);
  });

  it('shows HR the organisation and Täckning but no administration', async () => {
    renderApp('/organisation', signedInAs('Maria Ekström', [Role.Hr]));
    await screen.findByRole('heading', { level: 1, name: 'Organisation' });
    expect(
      within(navigation())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Min utbildning', 'Organisation', 'Personer', 'Täckning', 'Mitt konto']);
  });

  it('starts a learner on My training; their account shows their employment, and no organisation', async () => {
    const router = renderApp('/', LEARNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Min utbildning' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-training');
    expect(
      within(navigation())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Min utbildning', 'Mitt konto']);
    await userEvent.click(within(navigation()).getByRole('link', { name: 'Mitt konto' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mitt konto' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ladda ner mina uppgifter (JSON)' })).toHaveAttribute(
      'href',
      '/api/learning/my-data',
    );
    const employments = screen.getByRole('table');
    expect(within(employments).getByRole('row', { name: /Bygglov/ })).toHaveTextContent(
      'bygglovshandläggare2 september 2024 – tills vidarePågående',
    );
    expect(screen.getByText('sara.lindqvist@stenungsund.se')).toBeInTheDocument();
  });

  it('tells a learner who opens the organisation that they have no access, without asking the API', async () => {
    const tree = jest.fn(() => ({ body: { at: '2024-01-15', units: [] } }));
    renderApp('/organisation', LEARNER, { '/api/org-units/tree': tree });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Du har inte behörighet till den här sidan',
      }),
    ).toBeInTheDocument();
    expect(tree).not.toHaveBeenCalled();
  });

  it('tells HR who open the rules that they have no access, without asking the API', async () => {
    const rules = jest.fn(() => ({ body: { rules: [] } }));
    renderApp('/rules', signedInAs('Maria Ekström', [Role.Hr]), { '/api/compliance/rules': rules });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Du har inte behörighet till den här sidan',
      }),
    ).toBeInTheDocument();
    expect(rules).not.toHaveBeenCalled();
  });

  it('opens the rules for a trainer from the navigation', async () => {
    renderApp('/my-account', signedInAs('Maria Holm', [Role.Trainer]), {
      '/api/compliance/rules': { body: { rules: [] } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Mitt konto' });
    await userEvent.click(within(navigation()).getByRole('link', { name: 'Regler' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilldelningsregler' })).toBeInTheDocument();
  });

  it('opens Täckning for HR from the navigation', async () => {
    renderApp('/my-account', signedInAs('Maria Ekström', [Role.Hr]), {
      '/api/reporting/coverage': {
        body: { asOf: '2026-03-31', orgUnitId: null, moduleId: null, modules: [], total: 0, nodes: [] },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Mitt konto' });
    await userEvent.click(within(navigation()).getByRole('link', { name: 'Täckning' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Täckning' })).toBeInTheDocument();
    expect(await screen.findByText('Ingen regel kräver någon modul ännu')).toBeInTheDocument();
  });

  it('tells a trainer who opens the coverage that they have no access, without asking the API', async () => {
    const coverage = jest.fn(() => ({ body: {} }));
    renderApp('/coverage', signedInAs('Maria Holm', [Role.Trainer]), { '/api/reporting/coverage': coverage });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till den här sidan' }),
    ).toBeInTheDocument();
    expect(coverage).not.toHaveBeenCalled();
  });

  it.each([Permission.RolesManage, Permission.AuditRead])('shows Administration with %s alone', async (permission) => {
    renderApp('/my-account', { ...LEARNER, permissions: [permission] });
    await screen.findByRole('heading', { level: 1, name: 'Mitt konto' });
    expect(within(navigation()).getByRole('link', { name: 'Administration' })).toBeInTheDocument();
  });
});

describe('the account menu', () => {
  beforeEach(() => jest.mocked(leaveApp).mockClear());

  it('names who is signed in and their roles', async () => {
    renderApp('/my-account');
    const account = await screen.findByTestId('account-menu');
    expect(account).toHaveTextContent('Anders Nyberg');
    expect(account).toHaveTextContent('Administratör, Medarbetare');
    expect(account).toHaveAttribute('aria-haspopup', 'menu');
  });

  it('opens Mitt konto from the menu', async () => {
    const router = renderApp('/organisation');
    await userEvent.click(await screen.findByTestId('account-menu'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mitt konto' }));
    expect(router.state.location.pathname).toBe('/my-account');
  });

  it('signs out, then sends the browser to the identity provider', async () => {
    const signOut = jest.fn(() => ({
      body: { redirectTo: 'http://idp.example/session/end' },
    }));
    renderApp('/my-account', ADMIN, { 'POST /api/auth/sign-out': signOut });
    await userEvent.click(await screen.findByTestId('account-menu'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Logga ut' }));
    await screen.findByRole('heading', { level: 1, name: 'Mitt konto' });
    expect(signOut).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(leaveApp).toHaveBeenCalledWith('http://idp.example/session/end');
  });

  it('offers "Logga in" when nobody is signed in, and keeps where the reader was', async () => {
    const router = renderApp('/no-such-page', null);
    await screen.findByRole('heading', { name: 'Sidan finns inte' });
    expect(screen.queryByTestId('account-menu')).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('link', { name: 'Logga in' }));
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/no-such-page');
  });
});

describe('createQueryClient', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry as (n: number, e: unknown) => boolean;
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
    const router = renderApp('/organisation?at=2024-01-15', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/organisation?at=2024-01-15');
    expect(leaveApp).toHaveBeenCalledWith('/api/auth/oidc/login?returnTo=%2Forganisation%3Fat%3D2024-01-15');
  });

  it('sends the reader to sign in when the session expires mid-visit', async () => {
    let expired = false;
    const router = renderApp('/organisation?at=2024-01-15', ADMIN, {
      '/api/auth/me': () => (expired ? notSignedIn : { body: ADMIN }),
      '/api/org-units/tree': () => (expired ? notSignedIn : { body: { at: '2024-01-15', units: [kommun] } }),
    });
    await screen.findByRole('tree');
    expired = true;
    await userEvent.click(screen.getByRole('link', { name: 'Mitt konto' }));
    await userEvent.click(screen.getByRole('link', { name: 'Organisation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(await screen.findByRole('link', { name: 'Logga in' })).toBeInTheDocument();
  });

  it('explains a failed sign-in by its code', async () => {
    renderApp('/sign-in?error=sign_in_failed', null);
    expect(await screen.findByText('Inloggningen misslyckades. Försök igen.')).toBeInTheDocument();
  });
});
