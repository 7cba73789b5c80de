import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, skipWithoutChromium } from './support/journey';

skipWithoutChromium();

test("finds the municipality's sign-in from an email address, at an address no municipality has", async ({
  page,
  baseURL,
}) => {
  // *.localhost reaches this machine; "region" belongs to no municipality.
  const home = new URL(baseURL ?? 'http://localhost:3100');
  const region = new URL(home);
  region.hostname = 'region.localhost';
  await page.goto(new URL('/sign-in', region).href);
  const email = page.getByLabel('Din e-postadress i kommunen');
  await expect(email).toBeVisible();
  await expectNoAxeViolations(page, 'the email form at an address without a municipality');

  await email.fill('okand@example.com');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(
    page.getByText('Ingen kommun här loggar in personer med den e-postadressen', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'an unknown email domain');

  // Keyboard only from here: the address, then Enter.
  await email.fill('sara.lindqvist@stenungsund.se');
  await email.press('Enter');
  await expect(page).toHaveURL(new URL('/sign-in', home).href);
  await expect(page.getByRole('button', { name: 'Logga in', exact: true })).toBeVisible();
});
