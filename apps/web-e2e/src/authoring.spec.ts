import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const dialog = (page: Page, name: string | RegExp) =>
  page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name }));
const saveStatus = (page: Page) => page.getByTestId('save-status');
const lessonList = (page: Page) => page.getByRole('list', { name: 'Lektioner i ordning' });
const lessonTitles = (page: Page) => lessonList(page).getByRole('listitem');

/** The smallest PNG (1×1) and an MP4 whose first box is `ftyp`, as the upload intake checks. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom', 'ascii'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2', 'ascii'),
  Buffer.alloc(64),
]);

async function addBlock(page: Page, kind: string) {
  await page.getByRole('button', { name: 'Lägg till innehåll' }).click();
  await page.getByRole('menuitem', { name: kind }).click();
}

async function addLesson(page: Page, title: string) {
  await page.getByRole('button', { name: 'Lägg till lektion' }).click();
  const field = page.getByRole('textbox', { name: /^Lektionens titel/ });
  await field.fill(title);
}

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText('Sparat');
}

async function fillQuiz(page: Page, block: Locator) {
  await block.getByRole('textbox', { name: /^Fråga 1/ }).fill('Vem beslutar om bygglov?');
  await block.getByRole('textbox', { name: /^Text för svar A på fråga 1/ }).fill('Byggnadsnämnden');
  await block.getByRole('textbox', { name: /^Text för svar B på fråga 1/ }).fill('Grannen');
  await block
    .getByRole('textbox', { name: /^Återkoppling för svar B på fråga 1/ })
    .fill('Grannen hörs, men beslutar inte.');
  await block.getByRole('checkbox', { name: 'Rätt (svar A på fråga 1)' }).check();
  await block.getByRole('button', { name: 'Lägg till fråga' }).click();
  await block.getByRole('combobox', { name: 'Typ av fråga' }).nth(1).selectOption('true-false');
  await block.getByRole('textbox', { name: /^Fråga 2/ }).fill('Ett bygglov gäller i fem år.');
}

/**
 * A trainer makes a module from scratch, reorders its lessons by keyboard, previews it,
 * publishes it, edits it and publishes again as a significant change; axe at every page and dialog.
 * With `uploads`, the first lesson has an uploaded image and the second an uploaded video.
 */
async function authorAndPublish(page: Page, { uploads, title }: { uploads: boolean; title: string }) {
  await openSignedIn(page, '/modules', DEMO_PEOPLE.trainer);
  await expect(page.getByRole('heading', { level: 1, name: 'Moduler' })).toBeVisible();
  await expectNoAxeViolations(page, 'the module list is open');
  await page.getByRole('tab', { name: 'Delade i regionen' }).click();
  await expect(page.getByRole('heading', { name: 'Moduler som andra kommuner delar' })).toBeVisible();
  await expectNoAxeViolations(page, 'the shared modules are shown');
  await page.getByRole('tab', { name: 'Våra moduler' }).click();

  // A new module.
  await page.getByRole('button', { name: 'Ny modul' }).click();
  const create = dialog(page, 'Ny modul');
  await expect(create).toBeVisible();
  await create.getByRole('button', { name: 'Skapa modulen' }).click();
  await expect(create.getByText('Skriv en titel.')).toBeVisible();
  await create.getByRole('textbox', { name: /^Titel/ }).fill(title);
  await create.getByRole('textbox', { name: /^Sammanfattning/ }).fill('Hur ett bygglovsärende går till.');
  await create.getByRole('spinbutton', { name: /^Ungefärlig tid/ }).fill('20');
  await create.getByRole('textbox', { name: /^Etiketter/ }).fill('bygglov, introduktion');
  await expectNoAxeViolations(page, 'the new-module dialog is filled in');
  await create.getByRole('button', { name: 'Skapa modulen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/modules\/[0-9a-f-]{36}$/);
  await expectSaved(page);

  // Lesson 1: text (and an uploaded image).
  await addLesson(page, 'Välkommen');
  await addBlock(page, 'Text');
  const text = page.getByRole('textbox', { name: 'Text' });
  await text.click();
  await page.keyboard.type('Ett bygglov är ett beslut från byggnadsnämnden.');
  if (uploads) {
    await addBlock(page, 'Bild');
    const image = page.getByRole('region', { name: 'Bild 2' });
    await expect(saveStatus(page)).toContainText('Ej sparat');
    await image.getByLabel('Bildfil').setInputFiles({ name: 'ritning.png', mimeType: 'image/png', buffer: PNG });
    await expect(image.getByText('ritning.png är uppladdad.')).toBeVisible();
    await image.getByRole('textbox', { name: /^Alternativ text/ }).fill('Ritning över ett enbostadshus');
    await expect(image.getByRole('img', { name: 'Ritning över ett enbostadshus' })).toBeVisible();
  }
  await expectSaved(page);

  // Lesson 2: a video, uploaded or linked, with its transcript.
  await addLesson(page, 'Film om tillsyn');
  await addBlock(page, 'Video');
  const video = page.getByRole('region', { name: 'Video 1' });
  await video.getByRole('textbox', { name: /^Videons titel/ }).fill('Tillsyn på plats');
  if (uploads) {
    await video.getByLabel('Videofil').setInputFiles({ name: 'tillsyn.mp4', mimeType: 'video/mp4', buffer: MP4 });
    await expect(video.getByText('tillsyn.mp4 är uppladdad.')).toBeVisible();
  } else {
    await video.getByRole('radio', { name: 'Länk till kommunens videotjänst' }).check();
    await video
      .getByRole('textbox', { name: /^Adress till videon/ })
      .fill('https://www.youtube-nocookie.com/embed/tillsyn');
  }
  await video.getByRole('textbox', { name: /^Textversion/ }).fill('Inspektören går runt huset och antecknar.');
  await expectSaved(page);

  // Lesson 3: a quiz. Until it is complete it is not saved, and the editor says what is missing.
  await addLesson(page, 'Kunskapstest');
  await addBlock(page, 'Kunskapstest');
  await expect(saveStatus(page)).toContainText('Ej sparat');
  const quiz = page.getByRole('region', { name: 'Kunskapstest 1' });
  await expect(quiz.getByText('Markera exakt ett rätt svar.')).toBeVisible();
  await fillQuiz(page, quiz);
  await expectSaved(page);
  await expectNoAxeViolations(page, 'the editor shows a lesson with a quiz');

  // Reorder by keyboard: the quiz lesson picked up with Space, moved up with an arrow, dropped.
  await expect(lessonTitles(page)).toHaveText([/Välkommen/, /Film om tillsyn/, /Kunskapstest/]);
  const handle = page.getByRole('button', { name: 'Flytta Kunskapstest, plats 3 av 3' });
  await handle.focus();
  await page.keyboard.press('Space');
  // dnd-kit's live region tells a screen reader where the lesson is as it moves.
  const announcement = page.getByRole('status').filter({ hasText: /^Kunskapstest / });
  await expect(announcement).toHaveText('Kunskapstest är nu på plats 3 av 3.');
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText('Kunskapstest är nu på plats 2 av 3.');
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Kunskapstest är släppt på plats 2 av 3.');
  await expect(lessonTitles(page)).toHaveText([/Välkommen/, /Kunskapstest/, /Film om tillsyn/]);
  // …and with the plain button, which keeps focus as its row moves.
  const moveDown = page.getByRole('button', { name: 'Flytta ned Välkommen' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(lessonTitles(page)).toHaveText([/Kunskapstest/, /Välkommen/, /Film om tillsyn/]);
  await expect(moveDown).toBeFocused();
  await expectSaved(page);

  // Preview as a learner.
  await page.getByRole('button', { name: 'Förhandsgranska som deltagare' }).click();
  const preview = dialog(page, `Förhandsgranskning: ${title}`);
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { name: '1. Kunskapstest' })).toBeVisible();
  await expect(preview.getByRole('radiogroup', { name: '1. Vem beslutar om bygglov?' })).toBeVisible();
  await expect(preview.getByText('Ett bygglov är ett beslut från byggnadsnämnden.')).toBeVisible();
  if (uploads) {
    await expect(preview.getByRole('img', { name: 'Ritning över ett enbostadshus' })).toBeVisible();
    await expect(preview.locator('video[controls]')).toHaveCount(1);
  } else {
    await expect(preview.getByRole('link', { name: /Se videon ”Tillsyn på plats”/ })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'the preview is open');
  await preview.getByRole('button', { name: 'Stäng förhandsgranskningen' }).click();
  await expect(preview).toBeHidden();

  // Publish version 1.
  await publish(page, 'Första versionen.', 'Mindre ändring');
  await expect(page.getByRole('heading', { name: 'Publicerad version 1' })).toBeVisible();

  // Edit and republish as significant.
  await page.getByRole('button', { name: 'Redigera' }).click();
  await expect(saveStatus(page)).toHaveText('Sparat');
  await page.getByRole('button', { name: 'Redigera Film om tillsyn' }).click();
  await page.getByRole('textbox', { name: /^Lektionens titel/ }).fill('Film om tillsyn på plats');
  await expect(saveStatus(page)).not.toHaveText('Sparat');
  await expectSaved(page);
  await publish(page, 'Ny film om tillsyn.', 'Betydande ändring');
  await expect(page.getByRole('heading', { name: 'Publicerad version 2' })).toBeVisible();

  // The history says what changed.
  await page.getByRole('link', { name: 'Versionshistorik' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Versionshistorik: ${title}` })).toBeVisible();
  const v2 = page.getByRole('row', { name: /^2 / });
  await expect(v2).toContainText('Betydande');
  await expect(v2).toContainText('Ny film om tillsyn.');
  await expect(v2).toContainText('Ändrade lektioner: Film om tillsyn på plats');
  await expect(v2).toContainText(DEMO_PEOPLE.trainer);
  await expect(page.getByRole('row', { name: /^1 / })).toContainText('Ersatt');
  await expectNoAxeViolations(page, 'the version history is shown');

  // The list shows it published, owned by the trainer.
  await page.getByRole('link', { name: 'Tillbaka till modulen' }).click();
  await page.getByRole('link', { name: 'Alla moduler' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Publicerad, version 2');
  await expect(row).toContainText(DEMO_PEOPLE.trainer);
}

async function publish(page: Page, note: string, significance: string) {
  await page.getByRole('button', { name: 'Publicera…' }).click();
  const dialogBox = dialog(page, 'Publicera modulen');
  await expect(dialogBox).toBeVisible();
  await dialogBox.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(dialogBox.getByText('Skriv vad som har ändrats.')).toBeVisible();
  await dialogBox.getByRole('textbox', { name: /^Vad har ändrats/ }).fill(note);
  await dialogBox.getByRole('radio', { name: new RegExp(`^${significance}`) }).check();
  await expectNoAxeViolations(page, 'the publish dialog is filled in');
  await dialogBox.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(dialogBox).toBeHidden();
}

test('a trainer authors a module with text, a linked video and a quiz, publishes, edits and republishes it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await authorAndPublish(page, { uploads: false, title: 'Bygglov för nyanställda' });
});

test('a trainer authors a module with text, an uploaded image, an uploaded video and a quiz, and republishes it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await authorAndPublish(page, { uploads: true, title: 'Bygglov med bilder' });
});

test('leaving the editor with unsaved changes asks first', async ({ page }) => {
  await openSignedIn(page, '/modules', DEMO_PEOPLE.trainer);
  await page.getByRole('button', { name: 'Ny modul' }).click();
  const create = dialog(page, 'Ny modul');
  await create.getByRole('textbox', { name: /^Titel/ }).fill('Modul att lämna');
  await create.getByRole('button', { name: 'Skapa modulen' }).click();
  await expectSaved(page);
  await addLesson(page, 'Halvfärdig');
  await addBlock(page, 'Bild');
  await expect(saveStatus(page)).toContainText('Ej sparat');
  await page.getByRole('link', { name: 'Alla moduler' }).click();
  const leave = dialog(page, 'Vill du lämna sidan?');
  await expect(leave).toBeVisible();
  await expectNoAxeViolations(page, 'the leave dialog is open');
  await leave.getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modul att lämna' })).toBeVisible();
  await page.getByRole('link', { name: 'Alla moduler' }).click();
  await dialog(page, 'Vill du lämna sidan?').getByRole('button', { name: 'Lämna sidan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moduler' })).toBeVisible();
});
