import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const MODULE = 'Företagarperspektiv i myndighetsutövning';

test("HR opens Täckning on her förvaltning's numbers, picks a past day, drills down by keyboard to the overdue and exports them", async ({
  page,
}) => {
  // Sign-in, two axe scans and a keyboard walk take longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await openSignedIn(page, '/my-training', DEMO_PEOPLE.hrOfficer);
  await page.getByRole('navigation').getByRole('link', { name: 'Täckning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Täckning' })).toBeVisible();
  await expect(page).toHaveTitle('Täckning – Lärnav');

  // The page's first numbers (today's) before typing: a day typed while the page is still
  // loading can land in a picker that the loaded page then replaces (seen once under load).
  await expect(
    page.getByRole('table', { name: /^Täckning per enhet .* per \d{4}-\d{2}-\d{2}$/ }).first(),
  ).toBeVisible();
  // The numbers as they were three months ago, typed by keyboard into the date picker.
  const past = new Date(Date.now() - 91 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const asOf = page.getByRole('combobox', { name: /Per dag/ });
  await asOf.focus();
  await asOf.fill(past);
  // Tab commits the typed day (Enter would open the calendar over the page).
  await asOf.press('Tab');
  await expect(asOf).toHaveValue(past);

  await page.getByRole('combobox', { name: 'Modul' }).selectOption({ label: MODULE });
  const tree = page.getByRole('table', { name: `Täckning per enhet för ${MODULE} per ${past}` });
  // Her report starts at her förvaltning: no other förvaltning, no municipality above it.
  const sbf = tree.getByRole('row', { name: /Samhällsbyggnadsförvaltningen/ });
  await expect(sbf).toBeVisible();
  await expect(tree.getByRole('row', { name: /Stenungsunds kommun/ })).toHaveCount(0);
  await expect(
    sbf.getByRole('progressbar', { name: /^Samhällsbyggnadsförvaltningen: [\d,]+\s%\sklara$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the coverage tree is shown');

  const show = sbf.getByRole('button', { name: 'Visa personerna i Samhällsbyggnadsförvaltningen' });
  await show.focus();
  await show.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  const status = page.getByRole('combobox', { name: 'Status' });
  await status.focus();
  await status.selectOption('overdue');
  const people = page.getByRole('table', {
    name: new RegExp(`^Personer i Samhällsbyggnadsförvaltningen för ${MODULE}`),
  });
  await expect(people.or(page.getByText('Ingen med den statusen'))).toBeVisible();
  // Every row shown is overdue, with the day it became so.
  for (const row of await people.getByRole('row').all()) {
    if ((await row.getByRole('cell').count()) === 0) continue;
    await expect(row).toContainText('Försenad');
    await expect(row).toContainText(/\d{4}-\d{2}-\d{2}/);
  }
  const xlsx = page.getByRole('link', { name: /som Excel \(XLSX\)$/ }).nth(1);
  await expect(xlsx).toHaveAttribute(
    'href',
    new RegExp(`/api/reporting/coverage/people/export\\?.*asOf=${past}.*status=overdue.*format=xlsx&lang=sv$`),
  );
  // The file itself, downloaded by keyboard: the day and the filter are written above its rows.
  await xlsx.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), xlsx.press('Enter')]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const lines = workbook.worksheets[0].getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
  expect(lines).toContainEqual(['Per datum', past]);
  expect(lines).toContainEqual(['Status', 'försenad']);
  await expect(
    page.getByRole('table', { name: new RegExp(`^Täckning för ${MODULE} i Samhällsbyggnadsförvaltningen`) }),
  ).toBeVisible();
  await expect(
    page.getByRole('figure', { name: new RegExp(`^Täckning för ${MODULE} i Samhällsbyggnadsförvaltningen`) }),
  ).toContainText('Täckningen var');
  await expectNoAxeViolations(page, 'the overdue people and the trend are shown');
});
