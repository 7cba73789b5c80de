import type { RouteObject } from 'react-router';

/** The rules pages, under /rules; their code loads on first visit, so the shell stays small. */
export const complianceRoutes: RouteObject[] = [
  {
    path: 'rules',
    children: [
      {
        index: true,
        lazy: async () => {
          const { RulesPage } = await import('./rules/RulesPage');
          return { Component: RulesPage };
        },
      },
      {
        path: 'new',
        lazy: async () => {
          const { NewRulePage } = await import('./new-rule/NewRulePage');
          return { Component: NewRulePage };
        },
      },
    ],
  },
];
