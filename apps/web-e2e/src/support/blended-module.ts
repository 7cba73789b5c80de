import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

/** The demo module whose lessons and knowledge check the blended copy takes (libs/api/demo). */
const SOURCE = 'Företagarperspektiv i myndighetsutövning';

export const LESSONS = [
  'Varför företagarperspektivet spelar roll',
  'Företagarens villkor',
  'Gott bemötande i bygglov och tillsyn',
  'Fallövning: caféet som vill bygga ut',
  'Kunskapskontroll',
];

/** Each question of the knowledge check with its right answers (all five right: 100 %). */
const RIGHT_ANSWERS: [string, string[]][] = [
  [
    'Fråga 1: En ansökan om bygglov saknar en handling. Vad är bäst att göra?',
    ['Kontakta sökanden direkt och förklara vad som saknas och varför.'],
  ],
  ['Fråga 2: Företagarperspektiv innebär att företag får lägre krav än andra.', ['Falskt']],
  [
    'Fråga 3: Vilket av följande gör ett beslut lättare att förstå? Välj alla som stämmer.',
    ['Att det står vad som har beslutats och varför.', 'Att det står hur man överklagar.'],
  ],
  [
    'Fråga 4: Vid ett tillsynsbesök hittar du en brist. Hur bör du ge besked om den?',
    ['Muntligt och i skrift, med vad som ska göras och när.'],
  ],
  ['Fråga 5: Om handläggningstiden inte kommer att hålla ska du säga till sökanden i god tid.', ['Sant']],
];

/** Fresh ids all through: a block id belongs to one module's version. */
function withNewIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withNewIds) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === 'id' ? randomUUID() : withNewIds(v)]),
    ) as T;
  }
  return value;
}

/**
 * Publishes a blended module (e-learning and a live session, in any order) through the API as
 * the signed-in trainer of `page`, with the demo module's lessons and knowledge check. The
 * authoring UI for this is blended-modules.spec.ts's journey; here it is only the setup, and a
 * module of its own leaves the demo module as the journeys after this one expect it.
 */
export async function publishBlendedModule(page: Page, title: string): Promise<string> {
  const api = page.request;
  const me = await (await api.get('/api/auth/me')).json();
  const headers = { 'X-CSRF-Token': me.csrfToken as string };
  const json = async <T>(response: Awaited<ReturnType<typeof api.get>>): Promise<T> => {
    expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  type Version = { id: string; status: string };
  type Content = { summary: string; estimatedMinutes: number; lessons: unknown[]; revision: number };
  const { modules } = await json<{ modules: { id: string; title: string }[] }>(await api.get('/api/catalog/modules'));
  const source = modules.find((m) => m.title === SOURCE);
  if (!source) throw new Error(`The demo module ${SOURCE} is missing`);
  const detail = await json<{ versions: Version[] }>(await api.get(`/api/catalog/modules/${source.id}`));
  const published = detail.versions.find((v) => v.status === 'published');
  const content = await json<Content>(await api.get(`/api/catalog/modules/${source.id}/versions/${published?.id}`));
  const front = { title, summary: content.summary, language: 'sv', estimatedMinutes: content.estimatedMinutes };
  const { id } = await json<{ id: string }>(await api.post('/api/catalog/modules', { data: front, headers }));
  const draft = await json<Content>(await api.post(`/api/catalog/modules/${id}/draft`, { headers }));
  await json(
    await api.put(`/api/catalog/modules/${id}/draft`, {
      data: {
        ...front,
        revision: draft.revision,
        lessons: withNewIds(content.lessons),
        completionRequirement: 'both',
        partOrder: 'any',
      },
      headers,
    }),
  );
  await json(
    await api.post(`/api/catalog/modules/${id}/draft/publish`, {
      data: {
        changeNote: 'Blandad: e-learning och ett utbildningspass.',
        significance: 'minor',
        revision: draft.revision + 1,
      },
      headers,
    }),
  );
  return id;
}

/** Presses a button or link by keyboard only: focus, then Enter. */
export async function press(target: Locator) {
  await target.focus();
  await target.press('Enter');
}

/**
 * Takes the e-learning part in the player by keyboard alone: every lesson, then the knowledge
 * check answered right (Space chooses a radio button or ticks a checkbox).
 */
export async function takeELearningByKeyboard(page: Page) {
  const lesson = (title: string) => page.getByRole('heading', { level: 2, name: title });
  await expect(lesson(LESSONS[0])).toBeVisible();
  for (const next of LESSONS.slice(1)) {
    await press(page.getByRole('button', { name: 'Klar med lektionen' }));
    await expect(lesson(next)).toBeVisible();
  }
  for (const [prompt, answers] of RIGHT_ANSWERS) {
    const group = page.getByRole('group', { name: prompt });
    for (const answer of answers) {
      const option = group.getByRole('radio', { name: answer }).or(group.getByRole('checkbox', { name: answer }));
      await option.focus();
      await option.press('Space');
      await expect(option).toBeChecked();
    }
  }
  await press(page.getByRole('button', { name: 'Skicka svaren' }));
  await expect(page.getByRole('heading', { name: 'Godkänt – 100 % rätt' })).toBeFocused();
  await press(page.getByRole('button', { name: 'Klar med sista lektionen' }));
  await expect(page.getByRole('heading', { name: 'Du har gått klart utbildningen' })).toBeVisible();
}
