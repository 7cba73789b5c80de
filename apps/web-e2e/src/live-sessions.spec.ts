import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { press, publishBlendedModule, takeELearningByKeyboard } from './support/blended-module';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

/** A blended module of its own (e-learning and a session), published in the setup below. */
const MODULE = 'Företagarperspektiv i praktiken';
const PLACE = 'Kommunfullmäktiges sessionssal';
const REASON = 'Utbildaren är sjuk. Boka gärna passet veckan innan i stället.';

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

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(text);
}

/** The learner's booking page: the module's upcoming sessions, soonest first. */
function bookable(page: Page) {
  return page.getByRole('region', { name: 'Kommande pass' }).getByRole('listitem');
}

/** My training's card of the module, wherever it is listed (to take, started, or completed). */
function moduleCard(page: Page) {
  return page
    .getByTestId('module-card')
    .filter({ has: page.getByRole('heading', { level: 3, name: MODULE, exact: true }) })
    .first();
}

/** `scan`: axe on the page before and after; off for a booking whose pages another already showed. */
async function book(browser: Browser, person: string, path: string, button: RegExp, told: string, scan = true) {
  const page = await signedIn(browser, person, path);
  await expect(page.getByRole('heading', { level: 1, name: `Boka utbildningspass: ${MODULE}` })).toBeVisible();
  await expect(bookable(page)).toHaveCount(2);
  if (scan) await expectNoAxeViolations(page, `${person} sees the sessions to book`);
  await press(bookable(page).first().getByRole('button', { name: button }));
  await expect(page.getByText(told).first()).toBeVisible();
  if (scan) await expectNoAxeViolations(page, `${person} has booked`);
  return page;
}

test('a trainer schedules two sessions; three book, one waits and is promoted; one session is cancelled with a reason; attendance on a phone and the e-learning complete the blended module', async ({
  browser,
}) => {
  test.setTimeout(480_000);

  // Setup: the blended module is published through the API; blended-modules.spec.ts sets one up in the UI.
  const trainer = await signedIn(browser, DEMO_PEOPLE.trainer, '/modules');
  await publishBlendedModule(trainer, MODULE);
  await trainer.reload();

  // The trainer finds the module's sessions next to its version history and schedules a series of two.
  await press(trainer.getByRole('link', { name: MODULE }).first());
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
  // Johan's pages are Sara's, one place fewer: not scanned again.
  await (await book(browser, DEMO_PEOPLE.permitColleague, path, /^Boka plats:/, 'Du har fått en plats.', false))
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
  // She takes a place on the second session instead.
  await press(
    bookable(sara)
      .nth(1)
      .getByRole('button', { name: /^Boka plats:/ }),
  );
  await expect(sara.getByText('Du har fått en plats.').first()).toBeVisible();
  await expect(mine.getByRole('listitem')).toHaveCount(1);

  await amira.reload();
  await expect(bookable(amira).first()).toContainText('Bokad');
  await expect(bookable(amira).first()).not.toContainText('På väntelistan');
  await expectNoAxeViolations(amira, 'Amira has been promoted');
  await amira.context().close();

  // On a phone, the trainer cancels the second session; a reason is required, and asked for by name.
  const phone = await signedIn(browser, DEMO_PEOPLE.trainer, `/modules/${moduleId}/sessions`, true);
  const upcoming = phone.getByRole('region', { name: 'Kommande pass' }).getByRole('listitem');
  const first = upcoming.first();
  await expect(first).toContainText('2 av 2 bokade');
  await press(upcoming.nth(1).getByRole('button', { name: /^Ställ in passet/ }));
  const cancel = phone.getByRole('dialog', { name: /^Ställa in passet/ });
  const reason = cancel.getByRole('textbox', { name: /^Varför ställs passet in\?/ });
  // The dialog puts the focus in the field; submitting it empty keeps it there, with the message.
  await expect(reason).toBeFocused();
  await press(cancel.getByRole('button', { name: 'Ställ in passet' }));
  await expect(cancel.getByText('Skriv varför passet ställs in, så att de bokade vet.')).toBeVisible();
  await expect(reason).toBeFocused();
  await expectNoAxeViolations(phone, 'the cancel dialog asks for a reason, on a phone');
  await reason.pressSequentially(REASON);
  // Past Avbryt to the submit button.
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Tab');
  await expect(cancel.getByRole('button', { name: 'Ställ in passet' })).toBeFocused();
  await phone.keyboard.press('Enter');
  await expect(phone.getByText(/är inställt\. Alla bokade har fått besked\./).first()).toBeVisible();
  await expect(upcoming).toHaveCount(1);
  const called = phone.getByRole('region', { name: 'Genomförda och inställda pass' }).getByRole('listitem');
  await expect(called.first()).toContainText(`Inställt: ${REASON}`);
  await expectNoAxeViolations(phone, 'the cancelled session shows its reason, on a phone');

  // Sara, who had the place, sees it called off and why.
  await sara.reload();
  const calledOff = mine.getByRole('listitem').first();
  await expect(calledOff).toContainText('Inställt');
  await expect(calledOff).toContainText(`Inställt: ${REASON}`);
  await expect(calledOff.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(sara, 'Sara sees her session cancelled, with the reason');
  await sara.context().close();

  // Both were told: the promotion and the cancellation (with the reason) are in the outbox.
  const admin = await signedIn(browser, DEMO_PEOPLE.administrator, '/admin/outbox');
  const outbox = admin.getByRole('table', { name: 'Utkorg' });
  const promoted = outbox.getByRole('row', { name: new RegExp(`Du har fått en plats: ${MODULE}`) });
  await expect(promoted.first()).toContainText(/amira\.haddad@stenungsund\.se|Amira Haddad/);
  const cancelledMail = outbox.getByRole('row', { name: new RegExp(`Inställt: ${MODULE}`) });
  await expect(cancelledMail.first()).toContainText(/sara\.lindqvist@stenungsund\.se|Sara Lindqvist/);
  await admin.context().close();

  // In the room: the first session has begun (the trainer moves it to now), and she marks who came.
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

  // Attending did the session part only: on Amira's My training the e-learning remains.
  const amiraAgain = await signedIn(browser, DEMO_PEOPLE.inspector, '/my-training');
  const card = moduleCard(amiraAgain);
  await expect(card.getByTestId('module-parts')).toContainText('E-learning återstår · Utbildningspass klart');
  await expectNoAxeViolations(amiraAgain, 'My training shows the e-learning remaining');

  // She takes and passes the e-learning by keyboard; the module is complete, with a certificate.
  await press(card.getByRole('link', { name: new RegExp(`^(Börja|Fortsätt): ${MODULE}$`) }));
  await expect(amiraAgain.getByRole('heading', { level: 1, name: MODULE })).toBeVisible();
  await expectNoAxeViolations(amiraAgain, 'the e-learning part is open');
  await takeELearningByKeyboard(amiraAgain);
  await expect(amiraAgain.getByRole('link', { name: 'Ladda ner intyget (PDF)' })).toBeVisible();
  await expectNoAxeViolations(amiraAgain, 'the blended module is completed');
  await amiraAgain.goto('/my-training');
  const done = amiraAgain
    .getByRole('region', { name: 'Klara utbildningar' })
    .getByTestId('module-card')
    .filter({ hasText: MODULE });
  await expect(done.getByText('Klar', { exact: true })).toBeVisible();
  await expect(done.getByRole('link', { name: `Ladda ner intyget för ${MODULE} (PDF)` })).toBeVisible();
  await expectNoAxeViolations(amiraAgain, 'My training shows the blended module completed');
  await amiraAgain.context().close();

  // Johan attended too, but has not done the e-learning: it still remains, and there is no certificate.
  const johan = await signedIn(browser, DEMO_PEOPLE.permitColleague, '/my-training');
  await expect(moduleCard(johan).getByTestId('module-parts')).toContainText(
    'E-learning återstår · Utbildningspass klart',
  );
  await expect(moduleCard(johan).getByRole('link', { name: /^Ladda ner intyget/ })).toHaveCount(0);
  await expectNoAxeViolations(johan, 'My training shows Johan the e-learning remaining');
  await johan.context().close();
});
