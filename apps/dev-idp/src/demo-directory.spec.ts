import {
  DEMO_ACCOUNTS,
  DEV_IDP_APP_ROLES,
  DEV_IDP_GROUPS,
  DEV_IDP_TENANT_IDS,
  devIdpAccountForEmail,
  devIdpGroupId,
  devIdpObjectId,
} from '@larnav/api/demo';
import { demoAccounts, demoEmailSignIn } from './demo-directory';

const byEmail = (email: string) => {
  const account = demoAccounts().find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
};

describe('the demo directory', () => {
  it('offers every well-known demo person, with a Swedish description', () => {
    expect(demoAccounts().map((a) => a.email)).toEqual(Object.values(DEMO_ACCOUNTS).map((a) => a.email));
    expect(byEmail(DEMO_ACCOUNTS.caseworker.email).description).toBe(
      'Bygglovshandläggare, Bygglov, Stenungsunds kommun – deltagare',
    );
  });

  it('gives each person the app roles and groups their job needs', () => {
    const caseworker = byEmail(DEMO_ACCOUNTS.caseworker.email);
    expect(caseworker.roles).toEqual([]);
    expect(caseworker.groups).toEqual([devIdpGroupId('stenungsund', 'SBF-BYGG')]);

    const hr = byEmail(DEMO_ACCOUNTS.hrOfficer.email);
    expect(hr.roles).toEqual([DEV_IDP_APP_ROLES.hr]);
    expect(hr.groups).toContain(devIdpGroupId('stenungsund', 'SBF', 'hr'));

    expect(byEmail(DEMO_ACCOUNTS.trainer.email).roles).toEqual([DEV_IDP_APP_ROLES.trainer]);
    expect(byEmail(DEMO_ACCOUNTS.administrator.email).roles).toEqual([DEV_IDP_APP_ROLES.admin]);
    expect(byEmail(DEMO_ACCOUNTS.tjornCaseworker.email)).toMatchObject({
      tid: DEV_IDP_TENANT_IDS.tjorn,
      roles: [],
      groups: [devIdpGroupId('tjorn', 'SBF-BYGG')],
    });
  });

  it('keeps its ids fixed: seeds, mappings and tokens written earlier stay valid', () => {
    expect(devIdpObjectId('sara.lindqvist@stenungsund.se')).toBe('3cab9bd8-81fd-5d88-8c9e-f52d1babefff');
    expect(devIdpObjectId(' Sara.Lindqvist@Stenungsund.se ')).toBe('3cab9bd8-81fd-5d88-8c9e-f52d1babefff');
    expect(devIdpGroupId('stenungsund', 'SBF', 'hr')).toBe('71dc0301-c6de-5829-864a-fcd761618e3a');
    expect(devIdpGroupId('stenungsund', 'SBF-BYGG')).toBe('fd6574e6-52c0-55e0-91c1-21a44208c1b7');
    expect(DEV_IDP_GROUPS.find((g) => g.kind === 'hr')).toMatchObject({ displayName: 'SBF HR', unitCode: 'SBF' });
    expect(new Set(DEV_IDP_GROUPS.map((g) => g.id)).size).toBe(DEV_IDP_GROUPS.length);
    for (const account of demoAccounts())
      expect(account.oid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('signs in a demo person by address as the same identity as their button', () => {
    expect(demoEmailSignIn.find('MARIA.EKSTROM@stenungsund.se')).toEqual(byEmail(DEMO_ACCOUNTS.hrOfficer.email));
  });

  it('signs in the seeded staff by address, with their own name and the groups of their units', () => {
    // People of the deterministic seed (libs/api/demo): if the generator changes, pick others.
    expect(devIdpAccountForEmail('marcus.engstrom@stenungsund.se')).toMatchObject({
      name: 'Marcus Engström',
      tid: DEV_IDP_TENANT_IDS.stenungsund,
      roles: [],
      groups: [devIdpGroupId('stenungsund', 'KSF-HR')],
    });
    // A part-timer in two units, and a leaver, who is in none.
    expect(devIdpAccountForEmail('hanna.lind@stenungsund.se')?.groups).toEqual([
      devIdpGroupId('stenungsund', 'SOC'),
      devIdpGroupId('stenungsund', 'SBF-BYGG'),
    ]);
    expect(devIdpAccountForEmail('marcus.antonsson@stenungsund.se')?.groups).toEqual([]);
  });

  it('signs in any other address at a demo domain, named after the address', () => {
    expect(devIdpAccountForEmail('per-olof.svensson7@tjorn.se')).toMatchObject({
      name: 'Per-Olof Svensson',
      oid: devIdpObjectId('per-olof.svensson7@tjorn.se'),
      tid: DEV_IDP_TENANT_IDS.tjorn,
      groups: [],
      roles: [],
    });
  });

  it('refuses addresses outside the demo municipalities, and malformed ones', () => {
    expect(demoEmailSignIn.domains).toEqual(['stenungsund.se', 'tjorn.se']);
    expect(demoEmailSignIn.find('anna.karlsson@example.com')).toBeUndefined();
    expect(demoEmailSignIn.find('@stenungsund.se')).toBeUndefined();
    expect(demoEmailSignIn.find('anna karlsson@stenungsund.se')).toBeUndefined();
    expect(demoEmailSignIn.find('anna@sub.stenungsund.se')).toBeUndefined();
  });
});
