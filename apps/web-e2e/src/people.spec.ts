import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, signIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

test.describe('the people search and timeline (HR)', () => {
  // Sign-in, three axe scans and a keyboard walk take longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);

  test('HR finds a caseworker by search, by keyboard alone, and reads her timeline', async ({ page }) => {
    await page.goto('/people');
    await signIn(page, DEMO_PEOPLE.hrOfficer);
    await expect(page).toHaveTitle('Personer – Lärnav');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Personer' })).toBeVisible();
    await expectNoAxeViolations(page, 'the empty search page');

    // Keyboard only: from the main content, Tab to the search box, type, Enter.
    await page.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('searchbox', { name: /Namn, e-post, anställningsnummer eller enhet/ });
    for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(box).toBeFocused();
    await page.keyboard.type('Lindqvist');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/people\?q=Lindqvist$/);
    const hits = page.getByRole('table', { name: 'Sökträffar' });
    const sara = hits.getByRole('row', { name: new RegExp(DEMO_PEOPLE.caseworker) });
    await expect(sara).toContainText('Bygglov (bygglovshandläggare)');
    // The status line is a polite live region: what a screen reader hears after the search.
    await expect(page.locator('main p[aria-live="polite"]')).toHaveText(/^\d+ person(er)? hittades för ”Lindqvist”\.$/);
    await expectNoAxeViolations(page, 'the search has found people');

    const link = sara.getByRole('link', { name: DEMO_PEOPLE.caseworker });
    for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: DEMO_PEOPLE.caseworker })).toBeVisible();
    await expect(page).toHaveTitle(`${DEMO_PEOPLE.caseworker} – Personer – Lärnav`);
    await expect(page.getByRole('table', { name: 'Anställningar' })).toContainText('2 september 2024 – tills vidare');
    await expect(page.getByRole('region', { name: 'Händelser' })).toContainText(
      'Började på Bygglov som bygglovshandläggare',
    );
    await expectNoAxeViolations(page, 'the timeline');

    // Back returns to the search as it was.
    await page.goBack();
    await expect(page.getByRole('table', { name: 'Sökträffar' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue('Lindqvist');
  });

  test('HR finds nobody outside her förvaltning', async ({ page }) => {
    await page.goto('/people?q=Nyberg');
    await signIn(page, DEMO_PEOPLE.hrOfficer);
    // The administrator works in Kommunstyrelseförvaltningen, outside her subtree.
    await expect(page.getByRole('table', { name: 'Sökträffar' }).or(page.getByText('Ingen hittades'))).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_PEOPLE.administrator })).toHaveCount(0);
  });
});
