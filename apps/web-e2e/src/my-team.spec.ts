import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

test('the chef of Bygglov opens Mitt team, finds an overdue caseworker and reminds her by keyboard', async ({
  page,
}) => {
  // Sign-in, two axe scans and a keyboard walk take longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await openSignedIn(page, '/my-training', DEMO_PEOPLE.unitManager);
  await page.getByRole('navigation').getByRole('link', { name: 'Mitt team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt team' })).toBeVisible();
  await expect(page).toHaveTitle('Mitt team – Lärnav');
  const totals = page.getByRole('table', { name: /^Täckning i ditt team per / });
  await expect(totals.getByRole('progressbar').first()).toBeVisible();
  await expectNoAxeViolations(page, 'Mitt team is shown');

  const status = page.getByRole('combobox', { name: 'Status' });
  await status.focus();
  await status.selectOption('overdue');
  const people = page.getByRole('table', { name: 'Personerna i ditt team' });
  // Sara, a named demo account, starts with nothing done: overdue with the onboarding module.
  const sara = people.getByRole('row', { name: new RegExp(DEMO_PEOPLE.caseworker) }).first();
  await expect(sara).toContainText('Försenad');
  // No one outside Bygglov: the HR partner of the förvaltning is not in the chef's team.
  await expect(people.getByRole('row', { name: new RegExp(DEMO_PEOPLE.hrOfficer) })).toHaveCount(0);

  const remind = sara.getByRole('button', {
    name: new RegExp(`^Skicka påminnelse till ${DEMO_PEOPLE.caseworker} om `),
  });
  await remind.focus();
  await page.keyboard.press('Enter');
  await expect(sara).toContainText('Påminnelse skickad');
  // The toast, beside its own live-region copy.
  await expect(page.getByText(`Påminnelsen till ${DEMO_PEOPLE.caseworker} är skickad`).last()).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Att godkänna' }).or(page.getByText('Inga bokningar väntar på ditt godkännande')),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'a reminder was sent');
});
