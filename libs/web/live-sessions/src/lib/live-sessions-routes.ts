import type { RouteObject } from 'react-router';

/**
 * The trainers' pages (the app puts them behind live-sessions:manage): a module's sessions,
 * beside its editor and history under /modules, and a session's attendance list.
 */
export const trainerSessionRoutes: RouteObject[] = [
  {
    path: 'modules/:moduleId/sessions',
    lazy: async () => {
      const { ModuleSessionsPage } = await import('./scheduling/ModuleSessionsPage');
      return { Component: ModuleSessionsPage };
    },
  },
  {
    path: 'live-sessions/:sessionId/attendance',
    lazy: async () => {
      const { AttendancePage } = await import('./attendance/AttendancePage');
      return { Component: AttendancePage };
    },
  },
];

/** The learners' booking page, for anyone signed in; My training links to it by this path. */
export const bookingRoutes: RouteObject[] = [
  {
    path: 'my-training/:moduleId/sessions',
    lazy: async () => {
      const { BookSessionsPage } = await import('./booking/BookSessionsPage');
      return { Component: BookSessionsPage };
    },
  },
];
