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

/** People search and a person's timeline: for those who may read people (HR, admins). */
export const peopleRoutes: RouteObject[] = [
  {
    path: 'people',
    lazy: async () => {
      const { PeopleSearchPage } = await import('./people-search/PeopleSearchPage');
      return { Component: PeopleSearchPage };
    },
  },
  {
    path: 'people/:personId',
    lazy: async () => {
      const { PersonTimelinePage } = await import('./person-timeline/PersonTimelinePage');
      return { Component: PersonTimelinePage };
    },
  },
];
