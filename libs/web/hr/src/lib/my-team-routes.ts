import type { RouteObject } from 'react-router';

/** Mitt team, for anyone signed in: a manager is a fact of the organisation, not a role. */
export const myTeamRoutes: RouteObject[] = [
  {
    path: 'my-team',
    lazy: async () => {
      const { MyTeamPage } = await import('./my-team/MyTeamPage');
      return { Component: MyTeamPage };
    },
  },
];
