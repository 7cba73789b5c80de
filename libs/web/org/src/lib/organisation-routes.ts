import type { RouteObject } from 'react-router';

/** The org area's routes; the page loads on first visit, so the shell stays small. */
export const organisationRoutes: RouteObject[] = [
  {
    path: 'organisation',
    lazy: async () => {
      const { OrganisationPage } = await import('./organisation-page/OrganisationPage');
      return { Component: OrganisationPage };
    },
  },
];
