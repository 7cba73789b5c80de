/** A demo person that sign-in and walkthroughs can count on, in every seeded database. */
export interface DemoAccount {
  tenantSlug: string;
  name: string;
  email: string;
  unitCode: string;
  jobRole: string;
  startDate: string;
  /** The unit (by code) this person is chef of: their Mitt team. */
  managesUnit?: string;
}

/**
 * The well-known people of the demo municipalities. Their addresses follow the generated staff's
 * pattern and are claimed first, so they never get a number suffix.
 */
export const DEMO_ACCOUNTS = {
  /** A building-permit caseworker who started during the demo's three years: a learner. */
  caseworker: {
    tenantSlug: 'stenungsund',
    name: 'Sara Lindqvist',
    email: 'sara.lindqvist@stenungsund.se',
    unitCode: 'SBF-BYGG',
    jobRole: 'bygglovshandläggare',
    startDate: '2024-09-02',
  },
  /** Sara's colleague in Bygglov: a second learner, for journeys where several people book one session. */
  permitColleague: {
    tenantSlug: 'stenungsund',
    name: 'Johan Berglund',
    email: 'johan.berglund@stenungsund.se',
    unitCode: 'SBF-BYGG',
    jobRole: 'byggnadsinspektör',
    startDate: '2023-01-16',
  },
  /** An environmental inspector in Miljö och hälsa: a third learner in the same förvaltning. */
  inspector: {
    tenantSlug: 'stenungsund',
    name: 'Amira Haddad',
    email: 'amira.haddad@stenungsund.se',
    unitCode: 'SBF-MILJO',
    jobRole: 'miljöinspektör',
    startDate: '2022-05-02',
  },
  /**
   * The HR partner of Samhällsbyggnadsförvaltningen, employed in the förvaltning itself, so the
   * subtree she answers for is her own unit's.
   */
  hrOfficer: {
    tenantSlug: 'stenungsund',
    name: 'Maria Ekström',
    email: 'maria.ekstrom@stenungsund.se',
    unitCode: 'SBF',
    jobRole: 'HR-partner',
    startDate: '2021-03-01',
  },
  /**
   * The chef of Bygglov (enhetschef), a learner like any other: Mitt team shows her unit, whose
   * caseworkers (Sara among them) are partly behind with the training required of them.
   */
  unitManager: {
    tenantSlug: 'stenungsund',
    name: 'Lena Holm',
    email: 'lena.holm@stenungsund.se',
    unitCode: 'SBF-BYGG',
    jobRole: 'enhetschef',
    startDate: '2016-09-01',
    managesUnit: 'SBF-BYGG',
  },
  /** Writes and publishes training modules for the whole municipality. */
  trainer: {
    tenantSlug: 'stenungsund',
    name: 'Karin Sjöberg',
    email: 'karin.sjoberg@stenungsund.se',
    unitCode: 'KSF-HR',
    jobRole: 'utbildningssamordnare',
    startDate: '2019-08-19',
  },
  /** Administers Lärnav for the municipality: sign-in settings, organisation, roles. */
  administrator: {
    tenantSlug: 'stenungsund',
    name: 'Anders Nyberg',
    email: 'anders.nyberg@stenungsund.se',
    unitCode: 'KSF-IT',
    jobRole: 'systemförvaltare',
    startDate: '2018-02-01',
  },
  /** A caseworker in the other municipality, to show that each sees only their own. */
  tjornCaseworker: {
    tenantSlug: 'tjorn',
    name: 'Erik Olausson',
    email: 'erik.olausson@tjorn.se',
    unitCode: 'SBF-BYGG',
    jobRole: 'bygglovshandläggare',
    startDate: '2022-04-01',
  },
} as const satisfies Record<string, DemoAccount>;
