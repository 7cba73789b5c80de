import type { RouteObject } from 'react-router';

/** The trainers' authoring area: the module list, one module's editor, its version history. */
export const authoringRoutes: RouteObject[] = [
  {
    path: 'modules',
    children: [
      {
        index: true,
        lazy: async () => {
          const { ModuleListPage } = await import('./list/ModuleListPage');
          return { Component: ModuleListPage };
        },
      },
      {
        path: ':moduleId',
        lazy: async () => {
          const { ModuleEditorPage } = await import('./editor/ModuleEditorPage');
          return { Component: ModuleEditorPage };
        },
      },
      {
        path: ':moduleId/history',
        lazy: async () => {
          const { VersionHistoryPage } = await import('./history/VersionHistoryPage');
          return { Component: VersionHistoryPage };
        },
      },
    ],
  },
];
