import type { RouteObject } from 'react-router';

/** The HR dashboard, under /coverage; its code loads on first visit, so the shell stays small. */
export const hrRoutes: RouteObject[] = [
  {
    path: 'coverage',
    lazy: async () => {
      const { CoveragePage } = await import('./coverage/CoveragePage');
      return { Component: CoveragePage };
    },
  },
];

/** The region's comparison, under /region, for the region role. */
export const regionalRoutes: RouteObject[] = [
  {
    path: 'region',
    lazy: async () => {
      const { RegionalComparisonPage } = await import('./regional/RegionalComparisonPage');
      return { Component: RegionalComparisonPage };
    },
  },
];
