import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const MODULE = 'Företagarperspektiv i myndighetsutövning';
const PLACE = 'Kommunfullmäktiges sessionssal';

/** A Swedish wall-clock date and time of an instant, as the forms take them. */
function stockholm(instant: Date): { date: string; time: string } {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** Each person in their own browser, signed in through the real flow. */
async function signedIn(browser: Browser, person: string, path: string, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  await openSignedIn(page, path, person);
  return page;
}

/** Presses a button or link by keyboard only: focus, then Enter. */
async function press(target: Locator) {
  await target.focus();
  await target.press('Enter');
}

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(text);
}

/** The learner's booking page: the module's upcoming sessions, soonest first. */
function bookable(page: Page) {
  return page.getByRole('region', { name: 'Kommande pass' }).getByRole('listitem');
}

async function book(browser: Browser, person: string, path: string, button: RegExp, told: string) {
  const page = await signedIn(browser, person, path);
  await expect(page.getByRole('heading', { level: 1, name: `Boka utbildningspass: ${MODULE}` })).toBeVisible();
  await expect(bookable(page)).toHaveCount(2);
  await expectNoAxeViolations(page, `${person} sees the sessions to book`);
  await press(bookable(page).first().getByRole('button', { name: button }));
  await expect(page.getByText(told).first()).toBeVisible();
  await expectNoAxeViolations(page, `${person} has booked`);
  return page;
}

test('a trainer schedules two sessions; three book, one waits and is promoted; attendance on a phone completes the module', async ({
  browser,
}) => {
  test.setTimeout(300_000);

  // The trainer finds the module's sessions next to its version history and schedules a series of two.
  const trainer = await signedIn(browser, DEMO_PEOPLE.trainer, '/modules');
  await trainer.getByRole('link', { name: MODULE }).first().click();
  await press(trainer.getByRole('link', { name: 'Utbildningspass' }));
  await expect(trainer).toHaveURL(/\/modules\/[0-9a-f-]{36}\/sessions$/);
  const moduleId = /\/modules\/([0-9a-f-]{36})\/sessions$/.exec(trainer.url())?.[1] ?? '';
  await expect(trainer.getByRole('heading', { level: 1, name: `Utbildningspass: ${MODULE}` })).toBeVisible();
  await expectNoAxeViolations(trainer, 'the module has no sessions yet');

  await press(trainer.getByRole('button', { name: 'Schemalägg pass' }));
  const form = trainer.getByRole('dialog', { name: 'Schemalägg pass' });
  await expect(form).toBeVisible();
  await typeInto(form.getByRole('textbox', { name: /^Plats/ }), PLACE);
  await typeInto(form.getByRole('spinbutton', { name: /^Antal platser/ }), '2');
  await typeInto(form.getByRole('spinbutton', { name: /^Antal tillfällen/ }), '2');
  await expect(form.getByRole('spinbutton', { name: /^Dagar mellan tillfällena/ })).toHaveValue('7');
  await expectNoAxeViolations(trainer, 'the scheduling form is filled in');
  await press(form.getByRole('button', { name: 'Schemalägg' }));
  await expect(trainer.getByText('2 pass är schemalagda.').first()).toBeVisible();
  const sessions = trainer.getByRole('region', { name: 'Kommande pass' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.first()).toContainText('0 av 2 bokade, 2 lediga');
  await expectNoAxeViolations(trainer, 'two sessions are scheduled');
  await trainer.context().close();

  // Three caseworkers book the first session, each signed in as themselves; the third waits.
  const path = `/my-training/${moduleId}/sessions`;
  const sara = await book(browser, DEMO_PEOPLE.caseworker, path, /^Boka plats:/, 'Du har fått en plats.');
  await (await book(browser, DEMO_PEOPLE.permitColleague, path, /^Boka plats:/, 'Du har fått en plats.'))
    .context()
    .close();
  const amira = await book(
    browser,
    DEMO_PEOPLE.inspector,
    path,
    /^Ställ mig på väntelistan:/,
    'Passet är fullt. Du står som nummer 1 på väntelistan.',
  );
  await expect(bookable(amira).first()).toContainText('På väntelistan');
  await expect(amira.getByRole('region', { name: 'Mina bokningar' })).toContainText('plats 1 i kön');

  // Sara gives her place back; it goes to Amira at once.
  await sara.reload();
  const mine = sara.getByRole('region', { name: 'Mina bokningar' });
  await press(mine.getByRole('button', { name: /^Avboka:/ }));
  const confirm = sara.getByRole('alertdialog');
  await expect(confirm).toContainText('Din plats går till den första på väntelistan');
  await expectNoAxeViolations(sara, 'Sara is asked before cancelling');
  await press(confirm.getByRole('button', { name: 'Avboka' }));
  await expect(sara.getByText('Din bokning är avbokad.').first()).toBeVisible();
  await expect(mine).toContainText('Du har inga kommande bokningar.');
  await expect(
    bookable(sara)
      .first()
      .getByRole('button', { name: /^Ställ mig på väntelistan:/ }),
  ).toBeVisible();
  await sara.context().close();

  await amira.reload();
  await expect(bookable(amira).first()).toContainText('Bokad');
  await expect(bookable(amira).first()).not.toContainText('På väntelistan');
  await expectNoAxeViolations(amira, 'Amira has been promoted');
  await amira.context().close();

  // She was told: the promotion mail is in the outbox.
  const admin = await signedIn(browser, DEMO_PEOPLE.administrator, '/admin/outbox');
  const promoted = admin
    .getByRole('table', { name: 'Utkorg' })
    .getByRole('row', { name: /Du har fått en plats: Företagarperspektiv/ });
  await expect(promoted.first()).toContainText(/amira\.haddad@stenungsund\.se|Amira Haddad/);
  await admin.context().close();

  // On a phone in the room: the session has begun (the trainer moves it to now), and she marks who came.
  const phone = await signedIn(browser, DEMO_PEOPLE.trainer, `/modules/${moduleId}/sessions`, true);
  const first = phone.getByRole('region', { name: 'Kommande pass' }).getByRole('listitem').first();
  await expect(first).toContainText('2 av 2 bokade');
  await press(first.getByRole('button', { name: /^Flytta passet/ }));
  const move = phone.getByRole('dialog', { name: 'Flytta passet' });
  const start = stockholm(new Date(Date.now() - 60 * 60_000));
  const end = stockholm(new Date(Date.now() + 2 * 60 * 60_000));
  const date = move.getByRole('combobox', { name: /^Datum/ });
  await date.fill(start.date);
  await date.press('Tab');
  const endDate = move.getByRole('combobox', { name: /^Slutdatum/ });
  await endDate.fill(end.date);
  await endDate.press('Tab');
  await move.getByLabel(/^Starttid/).fill(start.time);
  await move.getByLabel(/^Sluttid/).fill(end.time);
  await expectNoAxeViolations(phone, 'the move dialog on a phone');
  await press(move.getByRole('button', { name: 'Spara ändringarna' }));
  await expect(phone.getByText('Passet är ändrat.').first()).toBeVisible();

  await press(first.getByRole('link', { name: 'Närvaro' }));
  await expect(phone.getByRole('heading', { level: 1, name: 'Närvaro' })).toBeVisible();
  await expect(phone.getByText('2 personer med plats')).toBeVisible();
  await expectNoAxeViolations(phone, 'the attendance list on a phone');
  for (const person of [DEMO_PEOPLE.permitColleague, DEMO_PEOPLE.inspector]) {
    const attended = phone.getByRole('group', { name: person }).getByRole('button', { name: 'Deltog' });
    await press(attended);
    await expect(attended).toHaveAttribute('aria-pressed', 'true');
  }
  await expectNoAxeViolations(phone, 'attendance is marked on a phone');
  // Nothing sticks out sideways at 360 px.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.context().close();

  // Attending completed the module: on Amira's My training the required module is done.
  const learner = await signedIn(browser, DEMO_PEOPLE.inspector, '/my-training');
  const required = learner
    .getByRole('list', { name: 'Utbildningar du ska gå' })
    .getByRole('listitem')
    .filter({ has: learner.getByRole('heading', { level: 3, name: MODULE }) });
  await expect(required.getByText('Klar', { exact: true })).toBeVisible();
  await expectNoAxeViolations(learner, 'My training shows the module completed');
  await learner.context().close();
});
