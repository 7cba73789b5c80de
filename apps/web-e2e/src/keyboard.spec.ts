import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, openOrganisationPage, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const focused = (page: Page) => page.locator(':focus');

/** An attribute of whatever has focus now, without waiting for something to have it. */
const focusedAttribute = (page: Page, name: string) =>
  page.evaluate((attribute) => document.activeElement?.getAttribute(attribute) ?? null, name);

/** Presses `key` until the focused element matches, a bounded number of times. */
async function pressUntil(page: Page, key: string, isThere: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isThere()) return;
    await page.keyboard.press(key);
  }
  expect(await isThere(), `not reached with ${limit} × ${key}`).toBe(true);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

test('a keyboard-only reader reaches the tree, moves in it and selects units', async ({ page }) => {
  await openOrganisationPage(page);

  // The first Tab stop is the skip link, and it is visible when focused.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', {
    name: 'Hoppa till huvudinnehållet',
  });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // From the main content, Tab leads through the filters into the tree.
  await pressUntil(page, 'Tab', async () => (await focusedAttribute(page, 'role')) === 'treeitem', 10);
  const first = await focusedName(page);
  await expect(focused(page)).toHaveAttribute('aria-level', '1');

  // Arrow keys move between tree items.
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAttribute('role', 'treeitem');
  await expect(focused(page)).toHaveAttribute('aria-level', '2');
  await page.keyboard.press('ArrowUp');
  expect(await focusedName(page)).toBe(first);

  // Down to Bygglov; Enter selects it and lists its staff.
  await pressUntil(page, 'ArrowDown', async () => (await focusedName(page)).startsWith('Bygglov'));
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Personal i Bygglov' })).toBeVisible();

  // Left goes to the parent förvaltning; Space selects it without folding it.
  await page.keyboard.press('ArrowLeft');
  await expect(focused(page)).toHaveAttribute('aria-expanded', 'true');
  const forvaltning = await focusedName(page);
  await page.keyboard.press('Space');
  await expect(focused(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('treeitem', { name: /^Bygglov\b/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Personal i / })).toContainText(forvaltning.slice(0, 10));

  // Left folds it, Right unfolds it.
  await page.keyboard.press('ArrowLeft');
  await expect(focused(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAttribute('aria-expanded', 'true');

  await expectNoAxeViolations(page, 'a unit was selected by keyboard');
});

test('a keyboard-only reader switches the language', async ({ page }) => {
  await openOrganisationPage(page);
  await pressUntil(page, 'Tab', async () => (await focusedAttribute(page, 'aria-haspopup')) === 'menu', 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await pressUntil(page, 'ArrowDown', async () => (await focusedName(page)) === 'English', 3);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeFocused();
});

test('a keyboard-only reader opens the account menu and signs out', async ({ page }) => {
  await openOrganisationPage(page);
  await pressUntil(page, 'Tab', async () => (await focusedAttribute(page, 'data-testid')) === 'account-menu', 15);
  await expect(focused(page)).toContainText('Anders Nyberg');
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: /^Anders Nyberg/ });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Mitt konto' })).toBeFocused();
  await pressUntil(page, 'ArrowDown', async () => (await focusedName(page)) === 'Logga ut', 4);
  await page.keyboard.press('Enter');

  // The identity provider's own page asks; answer it by keyboard too.
  await expect(page.getByRole('heading', { name: 'Vill du logga ut?' })).toBeVisible();
  await pressUntil(page, 'Tab', async () => (await focusedName(page)) === 'Ja, logga ut', 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible();
});

test('Escape closes the account menu and gives focus back to its button', async ({ page }) => {
  await openOrganisationPage(page);
  const button = page.getByRole('banner').getByTestId('account-menu');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: /^Anders Nyberg/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: /^Anders Nyberg/ })).toBeHidden();
  await expect(button).toBeFocused();
});
