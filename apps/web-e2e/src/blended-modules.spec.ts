import { expect, type Page, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const TITLE = 'Företagarperspektiv, blandad';
const saveStatus = (page: Page) => page.getByTestId('save-status');

/**
 * A trainer makes a blended module (e-learning first, then a live session) on a phone-sized
 * screen, by keyboard where it matters; a caseworker finishes the e-learning and is told that a
 * session remains, in the player and on My training. axe at every step.
 */
test('a blended module: the trainer sets its parts, the learner sees the session remaining', async ({
  page: trainerPage,
  browser,
}) => {
  test.setTimeout(180_000);
  let page = trainerPage;
  await page.setViewportSize({ width: 360, height: 780 });
  await openSignedIn(page, '/modules', DEMO_PEOPLE.trainer);
  await page.getByRole('button', { name: 'Ny modul' }).click();
  const create = page.getByRole('dialog', { name: 'Ny modul' });
  await create.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
  await create.getByRole('spinbutton', { name: /^Ungefärlig tid/ }).fill('30');
  await create.getByRole('button', { name: 'Skapa modulen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Lägg till lektion' }).click();
  await page.getByRole('textbox', { name: /^Lektionens titel/ }).fill('Inför passet');
  await page.getByRole('button', { name: 'Lägg till innehåll' }).click();
  await page.getByRole('menuitem', { name: 'Text' }).click();
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Läs det här före utbildningspasset.');
  await expect(saveStatus(page)).toHaveText('Sparat');

  // The parts, by keyboard: arrows move within a radio group and choose.
  const either = page.getByRole('radio', { name: /det ena räcker/ });
  await expect(either).toBeChecked();
  await either.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Både e-learning och ett utbildningspass/ })).toBeChecked();
  await page.getByRole('radio', { name: 'E-learning först, sedan passet' }).check();
  await expect(saveStatus(page)).not.toHaveText('Sparat');
  await expect(saveStatus(page)).toHaveText('Sparat');
  await expectNoAxeViolations(page, 'the draft is set to blended, e-learning first, at 360 px');

  await page.getByRole('button', { name: 'Publicera…' }).click();
  const publish = page
    .getByRole('dialog', { name: 'Publicera modulen' })
    .or(page.getByRole('alertdialog', { name: 'Publicera modulen' }));
  await publish.getByRole('textbox', { name: /^Vad har ändrats/ }).fill('Första versionen, med pass.');
  await publish.getByRole('radio', { name: /^Mindre ändring/ }).check();
  await publish.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Publicerad version 1' })).toBeVisible();
  await expect(page.getByTestId('published-completion')).toHaveText(
    'Slutförs genom: Både e-learning och ett utbildningspass (blandad utbildning). E-learning först, sedan passet.',
  );
  await expectNoAxeViolations(page, 'the published blended version is shown');

  // The caseworker, in a browser of her own.
  page = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 360, height: 780 } })
  ).newPage();
  await openSignedIn(page, '/my-training', DEMO_PEOPLE.caseworker);
  const card = page.getByTestId('module-card').filter({ hasText: TITLE }).first();
  await expect(card.getByTestId('module-parts')).toContainText('E-learning återstår · Utbildningspass återstår');
  await expect(card.getByTestId('module-parts')).toContainText('Gör e-learning först');
  await card.getByRole('link', { name: `Börja: ${TITLE}` }).click();
  await page.getByRole('button', { name: 'Klar med sista lektionen' }).click();
  await expect(page.getByRole('heading', { name: 'Du är klar med e-learning' })).toBeVisible();
  await expect(page.getByText('E-learning klar · Utbildningspass återstår')).toBeVisible();
  await expect(page.getByRole('link', { name: `Boka utbildningspass för ${TITLE}` })).toHaveAttribute(
    'href',
    /\/my-training\/[0-9a-f-]{36}\/sessions$/,
  );
  await expectNoAxeViolations(page, 'the player ends with the session remaining, at 360 px');
});
