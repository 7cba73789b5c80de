import { Permission } from '@larnav/contracts';
import { adminRoutes } from '@larnav/web/admin';
import { authoringRoutes } from '@larnav/web/authoring';
import { complianceRoutes } from '@larnav/web/compliance';
import { hrRoutes, myTeamRoutes, regionalRoutes } from '@larnav/web/hr';
import { certificateRoutes, learnerRoutes } from '@larnav/web/learner';
import { bookingRoutes, trainerSessionRoutes } from '@larnav/web/live-sessions';
import { organisationRoutes, peopleRoutes } from '@larnav/web/org';
import { LoadingState } from '@larnav/web/ui';
import type { RouteObject } from 'react-router';
import { RequirePermission } from './access/RequirePermission';
import { ShellLayout } from './layout/ShellLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SignInPage } from './pages/SignInPage';
import { StartPage } from './pages/StartPage';
import { PUBLIC_ROUTE } from './sign-in/use-redirect-to-sign-in';

/**
 * The route table: the shell around every page, and each area's (lazily loaded) routes. Paths
 * are English (`/sign-in`, `/my-training/…`, `/my-account`, `/modules/…`, `/live-sessions/…`, `/rules/…`, `/coverage`, `/my-team`, `/region`, `/admin/…`), except `/intyg/…`,
 * printed on Swedish certificates; the texts on the pages are not English.
 * Every page needs signing in except those whose `handle` is PUBLIC_ROUTE.
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: ShellLayout,
    ErrorBoundary: RouteErrorPage,
    // Shown while the first page's code loads.
    HydrateFallback: LoadingState,
    children: [
      { index: true, Component: StartPage },
      { path: 'sign-in', Component: SignInPage, handle: PUBLIC_ROUTE },
      // The verification page printed on certificates: anyone may check a code, signed in or not.
      ...certificateRoutes(PUBLIC_ROUTE),
      ...learnerRoutes,
      // Booking a module's live session: /my-training/:moduleId/sessions, beside the player.
      ...bookingRoutes,
      // Anyone signed in: the page shows their own team, or that they manage no one.
      ...myTeamRoutes,
      {
        path: 'my-account',
        lazy: async () => {
          const { MyAccountPage } = await import('./account/MyAccountPage');
          return { Component: MyAccountPage };
        },
      },
      {
        element: <RequirePermission permission={Permission.OrgRead} />,
        children: organisationRoutes,
      },
      {
        element: <RequirePermission permission={Permission.PeopleRead} />,
        children: peopleRoutes,
      },
      {
        element: <RequirePermission permission={Permission.CatalogAuthor} />,
        children: authoringRoutes,
      },
      {
        // Trainers: a module's live sessions (/modules/:moduleId/sessions) and their attendance lists.
        element: <RequirePermission permission={Permission.LiveSessionsManage} />,
        children: trainerSessionRoutes,
      },
      {
        // Trainers and admins: rules say which module is required of whom.
        element: <RequirePermission permission={Permission.ComplianceManage} />,
        children: complianceRoutes,
      },
      {
        // HR (their own subtrees) and admins: how much of the staff hold the training required.
        element: <RequirePermission permission={Permission.ReportingRead} />,
        children: hrRoutes,
      },
      {
        // The region's analyst: the sharing municipalities' counts, side by side.
        element: <RequirePermission permission={Permission.RegionalRead} />,
        children: regionalRoutes,
      },
      ...adminRoutes,
      { path: '*', Component: NotFoundPage, handle: PUBLIC_ROUTE },
    ],
  },
];
