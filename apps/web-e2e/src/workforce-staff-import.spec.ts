import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

// Named to run last: it hires someone into Bygglov, whom the other journeys would otherwise count.

const FILE = [
  'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Befattning;Startdatum;Slutdatum',
  '90001;Nora;Nyström;nora.nystrom@stenungsund.se;SBF-BYGG;bygglovshandläggare;2026-01-12;',
  '90002;Felix;Fel;felix.fel@stenungsund.se;FINNS-INTE;handläggare;2026-01-12;',
].join('\r\n');

test('an administrator imports staff from the HR system: reads the dry run, applies it, and HR finds the new hire', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSignedIn(page, '/admin/hr-import');
  await expect(page.getByRole('tab', { name: 'Personalimport' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Personalimport från HR-systemet' })).toBeVisible();
  await expectNoAxeViolations(page, 'the HR import section is open');

  await page.getByLabel('Välj fil att provköra').setInputFiles({
    name: 'personal-december.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(FILE, 'utf8'),
  });
  await expect(page.getByRole('heading', { name: 'Provkörning av personal-december.csv' })).toBeVisible();
  await expect(page.getByText('Nyanställda', { exact: true }).locator('..')).toHaveText(/^Nyanställda1$/);
  await expect(page.getByText('Rader med fel', { exact: true }).locator('..')).toHaveText(/^Rader med fel1$/);
  const changes = page.getByRole('table', { name: 'Ändringar i provkörningen' });
  await expect(changes.getByRole('row', { name: /Nora Nyström/ })).toContainText('Nyanställd');
  await expect(changes.getByRole('row', { name: /Felix Fel/ })).toContainText(
    'Ingen enhet i Lärnav har koden eller namnet ”FINNS-INTE”.',
  );
  await expectNoAxeViolations(page, 'the dry run is shown');

  // Applied by keyboard; the job writes it and the page says so when it is done.
  const apply = page.getByRole('button', { name: 'Genomför importen' });
  await apply.focus();
  await apply.press('Enter');
  await expect(page.getByText('Importen är genomförd')).toBeVisible({ timeout: 30_000 });
  await expect(
    page
      .getByRole('table', { name: 'Tidigare importer' })
      .getByRole('row', { name: /personal-december\.csv/ })
      .first(),
  ).toContainText('Genomförd');
  await expectNoAxeViolations(page, 'the import is applied');

  // The new hire is a person now, in Bygglov, and the förvaltning's rule requires her training.
  await page.getByRole('navigation').getByRole('link', { name: 'Personer' }).click();
  const search = page.getByRole('searchbox', { name: /Namn, e-post, anställningsnummer eller enhet/ });
  await search.fill('Nyström');
  await search.press('Enter');
  await page.getByRole('link', { name: 'Nora Nyström' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nora Nyström' })).toBeVisible();
  await expect(page.getByText('Bygglov').first()).toBeVisible();
  await expect(page.getByText('Företagarperspektiv i myndighetsutövning').first()).toBeVisible();
});
