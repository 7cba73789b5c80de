import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { STENUNGSUND_ORG, TJORN_ORG } from './org-structure';
import { TurnoverPlan } from './turnover';

export interface DemoMunicipality {
  slug: string;
  name: string;
  hostnames: string[];
  plan: TurnoverPlan;
}

/**
 * The history ends on a fixed "today", not the real one, so that every start of the demo
 * writes the same data; employments still running simply carry on past it.
 */
export const DEMO_HISTORY = { from: '2023-12-01', to: '2026-11-27' } as const;

const wellKnown = (slug: string) =>
  Object.values<DemoAccount>(DEMO_ACCOUNTS).filter((account) => account.tenantSlug === slug);

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    slug: 'stenungsund',
    name: 'Stenungsunds kommun',
    // The plain local addresses land here, so a fresh `npm start` opens Stenungsund.
    hostnames: ['localhost', '127.0.0.1', 'stenungsund.localhost'],
    plan: {
      seed: 'larnav-demo-stenungsund',
      emailDomain: 'stenungsund.se',
      org: STENUNGSUND_ORG,
      ...DEMO_HISTORY,
      hiresPerMonth: [0, 3],
      leaversPerMonth: [0, 2],
      transfersPerMonth: [0, 2],
      partTimers: 4,
      rehires: 1,
      wellKnown: wellKnown('stenungsund'),
    },
  },
  {
    slug: 'tjorn',
    name: 'Tjörns kommun',
    hostnames: ['tjorn.localhost'],
    plan: {
      seed: 'larnav-demo-tjorn',
      emailDomain: 'tjorn.se',
      org: TJORN_ORG,
      ...DEMO_HISTORY,
      hiresPerMonth: [0, 1],
      leaversPerMonth: [0, 1],
      transfersPerMonth: [0, 1],
      partTimers: 1,
      rehires: 0,
      wellKnown: wellKnown('tjorn'),
    },
  },
];
