import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { browserRequired, chromium } from './chromium';

/**
 * Call at the top of each spec file: without a browser the journeys are skipped, unless
 * LARNAV_REQUIRE_BROWSER=1 (CI), where each fails with the install hint.
 */
export function skipWithoutChromium(): void {
  if (chromium.found) return;
  if (browserRequired) {
    test.beforeEach(() => {
      throw new Error(chromium.missingMessage);
    });
  } else {
    test.skip(true, chromium.missingMessage);
  }
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Tabster (Fluent's focus manager) adds focusable aria-hidden <i data-tabster-dummy> sentinels
 * that hand focus straight on; Microsoft's own Accessibility Insights suppresses exactly this
 * (microsoft/tabster#288). Only that rule, only those nodes: everything else must pass.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
}

/** axe on the page as it is now; `state` names it in the failure message. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  await animationsSettled(page);
  // Violations only: axe then keeps no list of every node that passed each rule, which nothing
  // here reads (about a tenth of a scan's 1.3 s, measured on the live-sessions journey).
  const results = await new AxeBuilder({ page })
    // Options first: AxeBuilder.options() replaces what withTags() set.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_21_AA)
    .analyze();
  const violations = results.violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterSentinel(violation.id, node.html)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(violations, `axe violations when ${state}`).toEqual([]);
}

/**
 * Fluent fades menus, dialogs and message bars in; axe measuring contrast halfway through a fade
 * sees pale text that no reader ever sees at rest. Wait until every animation has finished.
 */
export async function animationsSettled(page: Page): Promise<void> {
  // Twice, a frame apart: an animation may start just as the first wait ends (a toast arriving).
  for (let round = 0; round < 2; round++) await settleOnce(page);
}

async function settleOnce(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // A spinner runs forever: wait only for animations that end. A toast's timer is an
    // animation too (Fluent's Timer: an invisible span, opacity 0 to 0, as long as the toast
    // stays), which is no fade: waiting for it cost about 5 s before each scan after a toast.
    const ending = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .filter((animation) => !(animation.effect as KeyframeEffect | null)?.target?.hasAttribute('data-timer-status'));
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Today in Stockholm, as the app counts it. */
export function todayInStockholm(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
  }).format(new Date());
}

/** Demo people in the seeded municipality (libs/api/demo), by what they may see. */
export const DEMO_PEOPLE = {
  /** Administrator: the whole municipality. */
  administrator: 'Anders Nyberg',
  /** HR partner for Samhällsbyggnadsförvaltningen: that subtree only. */
  hrOfficer: 'Maria Ekström',
  /** A building-permit caseworker in Bygglov: a learner, with no organisation to read. */
  caseworker: 'Sara Lindqvist',
  /** Sara's colleague in Bygglov, another learner. */
  permitColleague: 'Johan Berglund',
  /** An inspector in Miljö och hälsa, another learner. */
  inspector: 'Amira Haddad',
  /** Trainer: authors, publishes and shares modules. */
  trainer: 'Karin Sjöberg',
  /** The chef of Bygglov: no role, but Mitt team shows her unit. */
  unitManager: 'Lena Holm',
} as const;

/**
 * Signs in through the real flow: Lärnav's sign-in page, then the development identity
 * provider's account list, then back to where the reader was going.
 */
export async function signIn(page: Page, person: string = DEMO_PEOPLE.administrator): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in\?/);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${person}`) }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The organisation page once its tree has loaded, signing in on the way if asked to. */
export async function openOrganisationPage(
  page: Page,
  path = '/organisation',
  person: string = DEMO_PEOPLE.administrator,
): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('tree').or(page.getByRole('heading', { name: 'Logga in' }))).toBeVisible();
  if (page.url().includes('/sign-in')) await signIn(page, person);
  await expect(page.getByRole('tree')).toBeVisible();
}

export function treeHeading(page: Page) {
  return page.getByTestId('org-tree-heading');
}

/** The header's account menu button: the signed-in person's name and roles. */
export function accountMenu(page: Page) {
  return page.getByRole('banner').getByTestId('account-menu');
}

/** The header's "Logga in" link, shown while nobody is signed in. */
export function headerSignInLink(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: 'Logga in' });
}

/**
 * Opens `path`, signing in as `person` on the way; done when the page's h1 is there. Every
 * journey starts signed out (a fresh browser context), so the sign-in page always comes first.
 */
export async function openSignedIn(
  page: Page,
  path: string,
  person: string = DEMO_PEOPLE.administrator,
): Promise<void> {
  await page.goto(path);
  await signIn(page, person);
  await expect(accountMenu(page)).toContainText(person);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * The development IdP asks before it ends its own session (RP-initiated logout); this answers
 * yes and waits until the browser is back in Lärnav, signed out.
 */
export async function confirmIdpSignOut(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Vill du logga ut?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ja, logga ut' }).click();
  await expect(headerSignInLink(page)).toBeVisible();
}
