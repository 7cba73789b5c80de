import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const tab = (page: Page, name: string) => page.getByRole('tab', { name });
const dialog = (page: Page, name: string) =>
  page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name }));

/** Picks an option of a Fluent combobox by typing part of its text. */
async function choose(combobox: Locator, text: string, option: RegExp) {
  await combobox.click();
  await combobox.pressSequentially(text);
  await combobox.page().getByRole('option', { name: option }).first().click();
}

test('an administrator creates a token, grants and revokes HR, and finds both in the audit log', async ({ page }) => {
  // One journey through every tab, with an axe check at each step.
  test.setTimeout(120_000);
  await openSignedIn(page, '/admin');
  await expect(page).toHaveURL(/\/admin\/roles$/);
  await expect(page.getByRole('tab')).toHaveCount(9);
  await expect(tab(page, 'Roller')).toHaveAttribute('aria-selected', 'true');
  const grants = page.getByRole('table', { name: 'Roller' });
  // Roles from the sign-in service are listed, read-only.
  const fromIdp = grants.getByRole('row', { name: new RegExp(DEMO_PEOPLE.administrator) }).first();
  await expect(fromIdp).toContainText('Från inloggningstjänsten');
  await expect(fromIdp.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the roles tab is open');

  // A token: created, shown once, then listed without its value.
  await tab(page, 'Tokens').click();
  await expect(page).toHaveURL(/\/admin\/tokens$/);
  await page.getByRole('button', { name: 'Skapa nyckel' }).click();
  const create = dialog(page, 'Skapa nyckel');
  await expect(create).toBeVisible();
  await create.getByRole('textbox', { name: /^Namn/ }).fill('Import från HR-systemet');
  await create.getByRole('checkbox', { name: 'Läsa organisationen' }).check();
  await expectNoAxeViolations(page, 'the create-token dialog is open');
  await create.getByRole('button', { name: 'Skapa nyckel' }).click();

  const issued = dialog(page, 'Nyckeln ”Import från HR-systemet” är skapad');
  await expect(issued).toBeVisible();
  await expect(create).toBeHidden(); // its closing animation is over
  await expect(issued).toContainText('visas bara den här gången');
  const value = await issued.getByRole('textbox', { name: 'Nyckel' }).inputValue();
  expect(value).toMatch(/^lnv_[0-9a-f]{32}_[\w-]{43}$/);
  await expectNoAxeViolations(page, 'the new token is shown');
  await issued.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
  await expect(issued).toBeHidden();
  const tokenRow = page.getByRole('row', { name: /Import från HR-systemet/ });
  await expect(tokenRow).toContainText('Aktiv');
  await expect(tokenRow).toContainText('Läsa organisationen');
  expect(await page.content()).not.toContain(value);
  await expectNoAxeViolations(page, 'the tokens tab lists the new token');
  // The value works, for what it was given.
  const tree = await page.request.get('/api/org-units/tree', {
    headers: { Authorization: `Bearer ${value}` },
  });
  expect(tree.status()).toBe(200);

  // HR for Bygglov to the caseworker, then revoked.
  await tab(page, 'Roller').click();
  await page.getByRole('button', { name: 'Ge en roll' }).click();
  const grant = dialog(page, 'Ge en roll');
  await expect(grant).toBeVisible();
  await choose(grant.getByRole('combobox', { name: /Enhet där personen arbetar/ }), 'Bygglov', /^Bygglov/);
  await grant.getByRole('combobox', { name: /^Person/ }).click();
  await page.getByRole('option', { name: new RegExp(`^${DEMO_PEOPLE.caseworker}`) }).click();
  await grant.getByRole('radio', { name: /^HR/ }).check();
  await grant.getByRole('button', { name: 'Ge rollen' }).click();
  // HR needs the unit it covers.
  await expect(grant.getByText('Välj enheten som HR-ansvaret gäller.')).toBeVisible();
  await choose(grant.getByRole('combobox', { name: /Enhet som HR-ansvaret gäller/ }), 'Bygglov', /^Bygglov/);
  await expectNoAxeViolations(page, 'the grant-role dialog is filled in');
  await grant.getByRole('button', { name: 'Ge rollen' }).click();
  await expect(grant).toBeHidden();
  // A toast says so (its text is also in Fluent's live region for screen readers).
  await expect(page.getByText(`${DEMO_PEOPLE.caseworker} har fått rollen HR.`).first()).toBeVisible();

  const granted = grants.getByRole('row', {
    name: new RegExp(`${DEMO_PEOPLE.caseworker}.*HR`),
  });
  await expect(granted).toContainText('Bygglov');
  await expect(granted).toContainText('Given i Lärnav');
  await granted
    .getByRole('button', {
      name: `Återkalla rollen HR för ${DEMO_PEOPLE.caseworker}`,
    })
    .click();
  const confirm = dialog(page, 'Återkalla rollen?');
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page, 'revoking asks first');
  await confirm.getByRole('button', { name: 'Återkalla' }).click();
  await expect(confirm).toBeHidden();
  await expect(granted).toHaveCount(0);
  // Focus stays in the list rather than falling back to the top of the page with the button.
  await expect(page.locator(':focus')).toHaveAttribute('role', 'region');

  // The other tabs, checked as they are.
  await tab(page, 'Anspråk').click();
  await expect(page.getByRole('heading', { name: 'Anspråk från inloggningstjänsten' })).toBeVisible();
  await expectNoAxeViolations(page, 'the claims tab is open');
  await tab(page, 'Inloggning').click();
  await expect(page.getByRole('heading', { name: 'OpenID Connect (Microsoft Entra ID)' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Utfärdare/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in tab is open');
  // Sharing with the region is off until an admin turns it on, and says so.
  await tab(page, 'Regionen').click();
  await expect(page).toHaveURL(/\/admin\/region/);
  await expect(page.getByRole('switch', { name: 'Dela vår täckning av delade utbildningar med regionen' })).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Ni delar inte era siffror med regionen.' })).toBeVisible();
  await expectNoAxeViolations(page, 'the region tab is open');

  // Everything above is in the audit log, newest first, with names.
  await tab(page, 'Granskningslogg').click();
  const log = page.getByRole('table', { name: 'Granskningslogg' });
  await expect(log.getByRole('row').nth(1)).toContainText('Roll återkallad');
  const actions = await log.getByRole('row').allInnerTexts();
  const order = ['Roll återkallad', 'Roll given', 'Nyckel skapad', 'Inloggning'].map((action) =>
    actions.findIndex((row) => row.includes(action)),
  );
  expect(order.every((index) => index > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(log.getByRole('row', { name: /Roll given/ }).first()).toContainText(DEMO_PEOPLE.administrator);
  await expect(log.getByRole('row', { name: /Roll given/ }).first()).toContainText(DEMO_PEOPLE.caseworker);
  await expect(log.getByRole('row', { name: /Nyckel skapad/ }).first()).toContainText('Import från HR-systemet');
  await expect(
    page.getByRole('button', { name: 'Visa äldre' }).or(page.getByText('Inga äldre händelser.')),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the audit log is open');

  // The demo has no SMTP server: mail would be kept here; a fresh demo has written none yet.
  await tab(page, 'Utkorg').click();
  await expect(page.getByRole('heading', { name: 'Utkorg' })).toBeVisible();
  await expect(page.getByText('Inga meddelanden ännu').or(page.getByRole('table', { name: 'Utkorg' }))).toBeVisible();
  await expectNoAxeViolations(page, 'the outbox is open');
});

test('an HR officer sees no administration, and is told so at its address', async ({ page }) => {
  await openSignedIn(page, '/admin/roles', DEMO_PEOPLE.hrOfficer);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Du har inte behörighet till den här sidan',
    }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')).toHaveText([
    'Min utbildning',
    'Organisation',
    'Personer',
    'Täckning',
    'Mitt konto',
  ]);
});
