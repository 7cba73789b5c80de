import { organisationRoutes } from '@larnav/web/org';
import { LoadingState } from '@larnav/web/ui';
import { Navigate, type RouteObject } from 'react-router';
import { ShellLayout } from './layout/ShellLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SignInPage } from './pages/SignInPage';

/** The route table: the shell around every page, and each area's (lazily loaded) routes. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: ShellLayout,
    ErrorBoundary: RouteErrorPage,
    // Shown while the first page's code loads.
    HydrateFallback: LoadingState,
    children: [
      // The organisation is the only area so far, so it is the start page.
      { index: true, element: <Navigate to="/organisation" replace /> },
      { path: 'sign-in', Component: SignInPage },
      ...organisationRoutes,
      { path: '*', Component: NotFoundPage },
    ],
  },
];
