import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { payloadAsText } from '@larnav/shared/rich-text/testing';
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

test("the chef of Bygglov sees who in her team is booked on a module's live session and who still lacks it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // Set up through the API as the trainer: a module completed by attending alone, required of
  // Bygglov, with one session ahead, which Johan books. Its own module, so nothing another
  // journey did to Företagarperspektiv changes what this one sees.
  const title = `Mötet med företagaren ${Date.now()}`;
  const trainer = await browser.newContext();
  const trainerPage = await trainer.newPage();
  await openSignedIn(trainerPage, '/modules', DEMO_PEOPLE.trainer);
  const api = trainerPage.request;
  const headers = { 'X-CSRF-Token': (await (await api.get('/api/auth/me')).json()).csrfToken as string };
  const front = { language: 'sv', estimatedMinutes: 10, title };
  const moduleId = (await (await api.post('/api/catalog/modules', { data: front, headers })).json()).id as string;
  const draft = await (await api.post(`/api/catalog/modules/${moduleId}/draft`, { headers })).json();
  const lesson = {
    id: randomUUID(),
    title: 'Inför passet',
    blocks: [{ id: randomUUID(), type: 'text', doc: payloadAsText('Läs igenom ärendet före passet.') }],
  };
  const saved = await api.put(`/api/catalog/modules/${moduleId}/draft`, {
    data: { ...front, revision: draft.revision, lessons: [lesson], completionRequirement: 'live-session' },
    headers,
  });
  expect(saved.status()).toBe(200);
  const published = await api.post(`/api/catalog/modules/${moduleId}/draft/publish`, {
    data: { changeNote: 'e2e', significance: 'minor', revision: (await saved.json()).revision },
    headers,
  });
  expect(published.status()).toBe(200);
  const { units } = await (await api.get('/api/org-units/tree')).json();
  const bygglov = units.find((u: { code: string }) => u.code === 'SBF-BYGG');
  const rule = await api.post('/api/compliance/rules', {
    data: {
      name: title,
      moduleId,
      targetOrgUnitId: bygglov.id,
      dueBasis: 'rule-start',
      dueDays: 60,
      validFrom: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    },
    headers,
  });
  expect(rule.status()).toBe(201);
  const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const scheduled = await api.post('/api/live-sessions', {
    data: {
      moduleId,
      occurrences: [{ startsAt: `${ahead}T09:00`, endsAt: `${ahead}T12:00` }],
      place: 'Kommunfullmäktiges sessionssal',
      capacity: 10,
    },
    headers,
  });
  expect(scheduled.status()).toBe(201);
  const sessionId = (await scheduled.json()).sessions[0].id as string;
  await trainer.close();

  const johan = await browser.newContext();
  const johanPage = await johan.newPage();
  await openSignedIn(johanPage, '/my-training', DEMO_PEOPLE.permitColleague);
  const johanCsrf = (await (await johanPage.request.get('/api/auth/me')).json()).csrfToken as string;
  const booked = await johanPage.request.post('/api/live-bookings', {
    data: { sessionId },
    headers: { 'X-CSRF-Token': johanCsrf },
  });
  expect(booked.status()).toBe(201);
  await johan.close();

  await openSignedIn(page, '/my-team', DEMO_PEOPLE.unitManager);
  const show = page.getByRole('button', { name: `Visa personerna för ${title}` });
  await show.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Utbildningspass i ditt team', exact: true });
  await expect(panel).toContainText('Modulen kräver att man deltar i ett utbildningspass.');
  const table = panel.getByRole('table', { name: `Utbildningspass i ditt team för ${title}` });
  await expect(table.getByRole('row', { name: new RegExp(DEMO_PEOPLE.permitColleague) })).toContainText('Bokad');
  const sara = table.getByRole('row', { name: new RegExp(DEMO_PEOPLE.caseworker) });
  await expect(sara).toContainText('Ingen bokning');
  await expect(sara).toContainText('Saknar passet');
  await expectNoAxeViolations(page, "the team's live sessions are shown");

  // Only those who still lack it and have not booked, chosen by keyboard.
  const filter = panel.getByRole('combobox', { name: 'Visa' });
  await filter.focus();
  await filter.selectOption('none');
  await expect(table.getByRole('row', { name: new RegExp(DEMO_PEOPLE.permitColleague) })).toHaveCount(0);
  await expect(sara).toBeVisible();
});
