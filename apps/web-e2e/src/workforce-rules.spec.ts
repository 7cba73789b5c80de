import { expect, type Locator, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

// Named to run after the other journeys: the rule it makes requires a module of Bygglov's staff,
// which the learner journeys would otherwise find on their My training.

/** Picks an option of a Fluent combobox with the keyboard only: type, arrow down, Enter. */
async function chooseByKeyboard(combobox: Locator, text: string, option: RegExp) {
  await combobox.focus();
  await combobox.pressSequentially(text);
  await expect(combobox.page().getByRole('option', { name: option }).first()).toBeVisible();
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue(option);
}

test('an administrator makes a rule by keyboard, sees whom it reaches before saving, and finds it listed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSignedIn(page, '/my-training');
  await page.getByRole('navigation').getByRole('link', { name: 'Regler' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilldelningsregler' })).toBeVisible();
  await expectNoAxeViolations(page, 'the rules page is open');

  const newRule = page.getByRole('link', { name: 'Ny regel' });
  await newRule.focus();
  await newRule.press('Enter');
  await expect(page).toHaveURL(/\/rules\/new$/);
  const form = page.getByRole('form', { name: 'Ny regel' });
  const preview = page.getByRole('status').filter({ hasText: /Regeln tilldelar|Välj en modul/ });
  await expect(preview).toContainText('Välj en modul');

  const name = form.getByRole('textbox', { name: /^Namn på regeln/ });
  await name.focus();
  await page.keyboard.type('Informationssäkerhet för Bygglov');
  await chooseByKeyboard(
    form.getByRole('combobox', { name: /^Modul/ }),
    'Informationss',
    /^Informationssäkerhet i vardagen/,
  );
  await chooseByKeyboard(form.getByRole('combobox', { name: /^Enhet/ }), 'Bygglov', /^Bygglov/);
  // Today's job roles are offered as one types.
  const jobRole = form.getByRole('combobox', { name: /^Yrkesroll/ });
  await chooseByKeyboard(jobRole, 'bygglovsh', /^bygglovshandläggare/);
  const days = form.getByRole('textbox', { name: /^Antal dagar/ });
  await days.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('45');

  // The engine's own count, before anything is saved: Sara Lindqvist is one of them.
  await expect(preview).toContainText(/Regeln tilldelar \d+ personer?, \d+ har redan genomfört\./);
  const [, people] = /tilldelar (\d+)/.exec((await preview.textContent()) ?? '') ?? [];
  expect(Number(people)).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'the new-rule form shows its preview');

  const save = form.getByRole('button', { name: 'Spara regeln' });
  await save.focus();
  await save.press('Enter');
  await expect(page).toHaveURL(/\/rules$/);
  await expect(
    page.getByText('Regeln Informationssäkerhet för Bygglov är sparad och gäller nu.').first(),
  ).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Regler' })
    .getByRole('row', { name: /Informationssäkerhet för Bygglov/ });
  await expect(row).toContainText('Informationssäkerhet i vardagen');
  await expect(row).toContainText('Bygglov med underenheter');
  await expect(row).toContainText('bygglovshandläggare');
  await expect(row).toContainText('45 dagar efter anställningens start');
  await expect(row).toContainText('Gäller');
  await expectNoAxeViolations(page, 'the rules page lists the new rule');
});

test('an administrator reads who needs placing', async ({ page }) => {
  await openSignedIn(page, '/admin/needs-placement');
  await expect(page.getByRole('heading', { name: 'Att placera' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Att placera' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Att placera' }).or(page.getByText('Alla är placerade'))).toBeVisible();
  await expectNoAxeViolations(page, 'the needs-placement section is open');
});

test('a caseworker finds the requirement on My training, with why it is required', async ({ page }) => {
  await openSignedIn(page, '/my-training', DEMO_PEOPLE.caseworker);
  // The rule above reaches Sara (a bygglovshandläggare in Bygglov); her earliest-due rule for the module explains it.
  const card = page.getByTestId('module-card').filter({
    has: page.getByRole('heading', { level: 3, name: 'Informationssäkerhet i vardagen' }),
  });
  await expect(
    card
      .first()
      .getByRole('listitem')
      .filter({
        hasText: /^Krävs eftersom du arbetar på Bygglov och regeln ”[^”]+” gäller .+ sedan \d{4}-\d{2}-\d{2}; /,
      }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'My training shows a requirement with its reason');
});
