import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE, expectNoAxeViolations, openSignedIn, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

const MODULE = 'Företagarperspektiv i myndighetsutövning';

test("HR opens Täckning on her förvaltning's numbers and drills down by keyboard to the overdue", async ({ page }) => {
  // Sign-in, two axe scans and a keyboard walk take longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await openSignedIn(page, '/my-training', DEMO_PEOPLE.hrOfficer);
  await page.getByRole('navigation').getByRole('link', { name: 'Täckning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Täckning' })).toBeVisible();
  await expect(page).toHaveTitle('Täckning – Lärnav');

  await page.getByRole('combobox', { name: 'Modul' }).selectOption({ label: MODULE });
  const tree = page.getByRole('table', { name: new RegExp(`^Täckning per enhet för ${MODULE} per `) });
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
  await expect(page.getByRole('link', { name: /som Excel \(XLSX\)$/ }).nth(1)).toHaveAttribute(
    'href',
    /\/api\/reporting\/coverage\/people\/export\?.*status=overdue.*format=xlsx&lang=sv$/,
  );
  await expect(
    page.getByRole('table', { name: new RegExp(`^Täckning för ${MODULE} i Samhällsbyggnadsförvaltningen`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the overdue people and the trend are shown');
});
