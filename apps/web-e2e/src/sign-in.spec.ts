import { expect, test } from '@playwright/test';
import {
  accountMenu,
  confirmIdpSignOut,
  DEMO_PEOPLE,
  expectNoAxeViolations,
  headerSignInLink,
  skipWithoutChromium,
} from './support/journey';

skipWithoutChromium();

/** The dev IdP's origin: DEV_IDP_PORT, as tools/e2e/serve.mjs was started with. */
const IDP_ORIGIN = new RegExp(`^http://localhost:${process.env['DEV_IDP_PORT'] ?? '3101'}/`);

test('signs in at the identity provider, comes back to the page, and signs out again', async ({ page }) => {
  // A page someone was sent a link to, before they are signed in.
  await page.goto('/organisation?at=2024-01-15');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Forganisation%3Fat%3D2024-01-15$/);
  await expect(headerSignInLink(page)).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);
  // Nothing to navigate to until they are signed in.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')).toHaveCount(0);

  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  // The development identity provider, on its own origin.
  await expect(page).toHaveURL(IDP_ORIGIN);
  await page.getByRole('button', { name: new RegExp(`^${DEMO_PEOPLE.administrator}`) }).click();

  await expect(page).toHaveURL(/\/organisation\?at=2024-01-15$/);
  await expect(accountMenu(page)).toContainText(DEMO_PEOPLE.administrator);
  await expect(accountMenu(page)).toContainText('Administratör');
  await expect(headerSignInLink(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await expectNoAxeViolations(page, 'signed in, with the name in the header');

  await accountMenu(page).click();
  const menu = page.getByRole('menu', { name: /^Anders Nyberg/ });
  await expect(menu.getByRole('menuitem', { name: 'Mitt konto' })).toBeVisible();
  await expectNoAxeViolations(page, 'the account menu is open');
  await menu.getByRole('menuitem', { name: 'Logga ut' }).click();

  await expect(page).toHaveURL(IDP_ORIGIN);
  await confirmIdpSignOut(page);
  await expect(page).toHaveURL(new RegExp(`^${process.env['E2E_BASE_URL'] ?? 'http://localhost:3100'}/sign-in`));
  await expect(accountMenu(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'signed out, back on the sign-in page');

  // The session is gone on the server too.
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);
});

test('the header link signs in from a page anyone may see, and returns there', async ({ page }) => {
  await page.goto('/finns-inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await headerSignInLink(page).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Ffinns-inte$/);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${DEMO_PEOPLE.hrOfficer}`) }).click();
  await expect(page).toHaveURL(/\/finns-inte$/);
  await expect(accountMenu(page)).toContainText(DEMO_PEOPLE.hrOfficer);
  await expect(accountMenu(page)).toContainText('HR');
});
