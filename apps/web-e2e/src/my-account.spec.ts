import { expect, test } from '@playwright/test';
import { accountMenu, DEMO_PEOPLE, expectNoAxeViolations, signIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

test('a learner lands on Min utbildning, and Mitt konto shows her employment and no organisation or administration', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, DEMO_PEOPLE.caseworker);
  await expect(page).toHaveURL(/\/my-training$/);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mitt konto' }).click();

  await expect(page).toHaveURL(/\/my-account$/);
  await expect(page).toHaveTitle('Mitt konto – Lärnav');
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')).toHaveText([
    'Min utbildning',
    'Mitt konto',
  ]);
  await expect(page.getByRole('link', { name: 'Ladda ner mina uppgifter (JSON)' })).toHaveAttribute(
    'href',
    '/api/learning/my-data',
  );
  await expect(accountMenu(page)).toContainText(DEMO_PEOPLE.caseworker);
  await expect(accountMenu(page)).toContainText('Medarbetare');

  await expect(page.getByText('sara.lindqvist@stenungsund.se').first()).toBeVisible();
  const employment = page
    .getByRole('table')
    .getByRole('row', { name: /^Bygglov\b/ })
    .first();
  await expect(employment).toContainText(/bygglovshandläggare/i);
  await expect(employment).toContainText(/\d{4}/);
  await expectNoAxeViolations(page, 'a learner is on Mitt konto');

  // Typing the address of a page she may not use says so, rather than failing.
  for (const path of ['/organisation', '/admin', '/admin/tokens']) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Du har inte behörighet till den här sidan',
      }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page, 'a learner opened an admin page');

  await page.goto('/my-account');
  await page.getByRole('button', { name: 'Språk: Svenska' }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(accountMenu(page)).toContainText('Staff member');
  await expect(page.getByRole('columnheader', { name: 'Job title' })).toBeVisible();
  await expectNoAxeViolations(page, 'Mitt konto in English');
});
