import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { activeContentIn, payloadAsText, XSS_DOCUMENTS, XSS_PAYLOADS } from '@larnav/shared/rich-text/testing';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

/**
 * Three journeys across authoring and learning (issues 7 and 8): a learner who started version 1
 * still takes version 1 after a significant version 2; the XSS payload list, published through
 * the API, is inert in the player; and a lesson and its knowledge check taken by keyboard alone.
 */
const FRONT = { language: 'sv', estimatedMinutes: 10 };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** The API as the signed-in trainer in this page's browser context, CSRF token included. */
async function trainerApi(page: Page) {
  await openSignedIn(page, '/modules', DEMO_PEOPLE.trainer);
  const me = await (await page.request.get('/api/auth/me')).json();
  const headers = { 'X-CSRF-Token': me.csrfToken as string };
  const api = page.request;
  return {
    async publish(title: string, lessons: unknown[], significance = 'significant', moduleId?: string) {
      const id =
        moduleId ?? (await (await api.post('/api/catalog/modules', { data: { ...FRONT, title }, headers })).json()).id;
      const draft = await (await api.post(`/api/catalog/modules/${id}/draft`, { headers })).json();
      const saved = await api.put(`/api/catalog/modules/${id}/draft`, {
        data: { ...FRONT, title, revision: draft.revision, lessons },
        headers,
      });
      expect(saved.status()).toBe(200);
      const published = await api.post(`/api/catalog/modules/${id}/draft/publish`, {
        data: { changeNote: 'e2e', significance, revision: draft.revision + 1 },
        headers,
      });
      expect(published.status()).toBe(200);
      return id as string;
    },
    saveStatus: async (id: string, lessons: unknown[]) => {
      const draft = await (await api.post(`/api/catalog/modules/${id}/draft`, { headers })).json();
      return (
        await api.put(`/api/catalog/modules/${id}/draft`, {
          data: { ...FRONT, title: 'x', revision: draft.revision, lessons },
          headers,
        })
      ).status();
    },
    request: api as APIRequestContext,
  };
}

const text = (title: string, body: string) => ({
  id: randomUUID(),
  title,
  blocks: [{ id: randomUUID(), type: 'text', doc: payloadAsText(body) }],
});

async function learnerPage(page: Page, person: string, moduleId: string): Promise<Page> {
  const learner = await page.context().browser()?.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  if (!learner) throw new Error('no browser');
  const other = await learner.newPage();
  await openSignedIn(other, `/my-training/${moduleId}`, person);
  return other;
}

test('a learner who started version 1 still takes version 1 after a significant version 2', async ({ page }) => {
  const trainer = await trainerApi(page);
  const title = `Versioner ${randomUUID().slice(0, 8)}`;
  const id = await trainer.publish(title, [text('Första versionens lektion', 'Så här var det.')]);
  const learner = await learnerPage(page, DEMO_PEOPLE.hrOfficer, id);
  await expect(learner.getByRole('heading', { level: 2, name: 'Första versionens lektion' })).toBeVisible();

  await trainer.publish(title, [text('Andra versionens lektion', 'Så här är det nu.')], 'significant', id);
  await learner.reload();
  await expect(learner.getByRole('heading', { level: 2, name: 'Första versionens lektion' })).toBeVisible();
  await expect(learner.getByRole('heading', { name: 'Andra versionens lektion' })).toHaveCount(0);
  await expectNoAxeViolations(learner, 'version 1 is open after version 2 was published');
});

test('the XSS payload list, published through the API, stays inert text in the player', async ({ page }) => {
  const trainer = await trainerApi(page);
  // Hostile documents never get in at all.
  const probe = await trainer.publish(`XSS-prov ${randomUUID().slice(0, 8)}`, [text('Tom', 'tom')]);
  for (const hostile of XSS_DOCUMENTS) {
    const lesson = { id: randomUUID(), title: 'x', blocks: [{ id: randomUUID(), type: 'text', doc: hostile.json }] };
    expect(await trainer.saveStatus(probe, [lesson]), hostile.name).toBe(400);
  }
  // Every payload that is text people could type, as text: two lessons of up to 50 blocks.
  const payloads = XSS_PAYLOADS.map((p) => p.payload).filter((p) => !CONTROL.test(p));
  const lessons = [payloads.slice(0, 40), payloads.slice(40)].map((part, n) => ({
    id: randomUUID(),
    title: `Lektion ${n + 1}`,
    blocks: part.map((payload) => ({ id: randomUUID(), type: 'text', doc: payloadAsText(payload) })),
  }));
  const id = await trainer.publish(`XSS ${randomUUID().slice(0, 8)}`, lessons);

  const learner = await learnerPage(page, DEMO_PEOPLE.caseworker, id);
  const dialogs: string[] = [];
  learner.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const answer = await learner.reload();
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  for (const title of ['Lektion 1', 'Lektion 2']) {
    if (title === 'Lektion 2') await learner.getByRole('button', { name: 'Klar med lektionen' }).click();
    await expect(learner.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(learner.getByText(payloads[title === 'Lektion 1' ? 0 : 40], { exact: true }).first()).toBeVisible();
    // The lesson texts as rendered (each RichTextView's root: the parent of its paragraphs).
    const texts = await learner
      .locator('main p')
      .evaluateAll(
        (paragraphs, typed) =>
          [
            ...new Set(
              paragraphs
                .filter((p) => typed.includes(p.textContent ?? ''))
                .map((p) => p.parentElement?.outerHTML ?? ''),
            ),
          ].join('\n'),
        payloads,
      );
    expect(texts.length).toBeGreaterThan(0);
    expect(activeContentIn(texts)).toEqual([]);
    // And the whole page: no script but Lärnav's own bundle, no event-handler attribute anywhere.
    const page = await learner.evaluate(() => ({
      scripts: [...document.scripts].map((script) => script.getAttribute('src') ?? 'inline'),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
      ),
    }));
    expect(page.scripts.every((src) => src.startsWith('/assets/'))).toBe(true);
    expect(page.handlers).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(await learner.evaluate(() => (window as unknown as { xss?: unknown }).xss)).toBeUndefined();
});

test('a lesson and its knowledge check, taken by keyboard alone', async ({ page }) => {
  const trainer = await trainerApi(page);
  const option = (label: string, correct: boolean) => ({
    id: randomUUID(),
    text: label,
    correct,
    feedback: correct ? 'Rätt.' : 'Fel.',
  });
  const quiz = {
    id: randomUUID(),
    title: 'Kontroll',
    blocks: [
      {
        id: randomUUID(),
        type: 'quiz',
        title: 'Snabbkoll',
        passMark: 100,
        attemptLimit: null,
        drawCount: null,
        questions: [
          {
            id: randomUUID(),
            kind: 'true-false',
            prompt: 'Besked ska ges i tid.',
            options: [option('Sant', true), option('Falskt', false)],
          },
        ],
      },
    ],
  };
  const id = await trainer.publish(`Tangentbord ${randomUUID().slice(0, 8)}`, [text('Läs', 'En kort text.'), quiz]);
  const learner = await learnerPage(page, DEMO_PEOPLE.administrator, id);
  const tabTo = async (name: string | RegExp, role: 'button' | 'radio' = 'button') => {
    const target = learner.getByRole(role, { name });
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) return;
      await learner.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${String(name)}`);
  };
  await tabTo('Klar med lektionen');
  await learner.keyboard.press('Enter');
  await expect(learner.getByRole('heading', { level: 2, name: 'Kontroll' })).toBeVisible();
  await tabTo('Sant', 'radio');
  await learner.keyboard.press('Space');
  await expect(learner.getByRole('radio', { name: 'Sant' })).toBeChecked();
  await tabTo('Skicka svaren');
  await learner.keyboard.press('Enter');
  await expect(learner.getByRole('heading', { name: /^Godkänt/ }).first()).toBeVisible();
  await expectNoAxeViolations(learner, 'the knowledge check result, reached by keyboard');
});
