import { expect, test } from '@playwright/test';
import {
  DEMO_PEOPLE,
  expectNoAxeViolations,
  signIn,
  openOrganisationPage,
  skipWithoutChromium,
  todayInStockholm,
  treeHeading,
} from './support/journey';

skipWithoutChromium();

test.describe('the organisation page', () => {
  test('opens in Swedish with the demo municipality and its units', async ({ page }) => {
    await page.goto('/organisation');
    await signIn(page);
    await expect(page).toHaveURL(/\/organisation$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page).toHaveTitle('Organisation – Lärnav');

    const header = page.getByRole('banner');
    await expect(header.getByText('Lärnav', { exact: true })).toBeVisible();
    await expect(header.getByText('Stenungsunds kommun')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();

    const bygglov = page.getByRole('treeitem', { name: /^Bygglov\b/ }).first();
    await expect(bygglov).toBeVisible();
    await expect(bygglov.getByTestId('head-counts')).toHaveText(/\d+ personer?varav \d+ direkt/);
    await expect(treeHeading(page)).toHaveAttribute('data-at', todayInStockholm());

    await expectNoAxeViolations(page, 'the page has loaded in Swedish');
  });

  test('switches to English, and remembers it on the next visit', async ({ page }) => {
    await openOrganisationPage(page);
    await page.getByRole('button', { name: 'Språk: Svenska' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'English' })).toBeVisible();
    await expectNoAxeViolations(page, 'the language menu is open');
    await page.getByRole('menuitemradio', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(treeHeading(page)).toHaveText(/^The organisation on /);
    await expect(page.getByRole('treeitem', { name: /^Bygglov\b/ }).first()).toContainText(/\d+ (person|people)/);
    await expectNoAxeViolations(page, 'the page is in English');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Language: English' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('shows the tree as it was on a chosen date', async ({ page }) => {
    await openOrganisationPage(page);
    const today = todayInStockholm();
    await expect(treeHeading(page)).toHaveAttribute('data-at', today);

    const asOf = page.getByRole('combobox', {
      name: /Visa organisationen per/,
    });
    await expect(asOf).toHaveValue(today);
    await asOf.fill('2024-01-15');
    await asOf.press('Tab'); // leaving the field commits the typed date

    await expect(page).toHaveURL(/[?&]at=2024-01-15\b/);
    await expect(treeHeading(page)).toHaveAttribute('data-at', '2024-01-15');
    await expect(treeHeading(page)).toHaveText('Organisationen per 15 januari 2024');
    await expect(page.getByRole('treeitem').first().getByTestId('head-counts')).toHaveText(/\d/);
    await expectNoAxeViolations(page, 'the tree shows 15 January 2024');

    // The calendar is Fluent's: open it from its button and check it too.
    await page.locator('.fui-DatePicker [role="button"]').click();
    const calendar = page.getByRole('dialog', { name: 'Kalender' });
    await expect(calendar).toBeVisible();
    await expect(calendar).toContainText('januari 2024');
    await expectNoAxeViolations(page, 'the calendar is open');
    await page.keyboard.press('Escape');
    await expect(calendar).toBeHidden();
  });

  test('lists the people employed in a selected unit', async ({ page }) => {
    await openOrganisationPage(page);
    const bygglov = page.getByRole('treeitem', { name: /^Bygglov\b/ }).first();
    await bygglov.click();

    await expect(bygglov).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/[?&]unit=[0-9a-f-]{36}/);
    const staff = page.getByRole('table', { name: 'Personal i Bygglov' });
    await expect(staff).toBeVisible();
    await expect(staff.getByRole('row')).not.toHaveCount(1);
    await expect(page.getByText(/personer? anställda? per /)).toBeVisible();
    await expectNoAxeViolations(page, 'a unit is selected');
  });

  test('shows an HR partner the part of the organisation they answer for', async ({ page }) => {
    await openOrganisationPage(page, '/organisation', DEMO_PEOPLE.hrOfficer);
    const top = page.getByRole('treeitem').first();
    await expect(top).toHaveAttribute('aria-level', '1');
    await expect(top).toContainText('Samhällsbyggnadsförvaltningen');
    await expect(page.getByRole('treeitem', { name: /^Bygglov\b/ })).toBeVisible();
    await expect(page.getByRole('treeitem', { name: /^Kommunstyrelseförvaltningen\b/ })).toHaveCount(0);
  });

  test('asks a reader who is not signed in to sign in', async ({ page }) => {
    await page.goto('/organisation?at=2024-01-15');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Forganisation%3Fat%3D2024-01-15/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expectNoAxeViolations(page, 'the sign-in page is shown');
  });

  test('tells a reader when a page does not exist', async ({ page }) => {
    await page.goto('/finns-inte');
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await expectNoAxeViolations(page, 'the page does not exist');
  });
});
