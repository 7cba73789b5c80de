import type { RouteObject } from 'react-router';

/** The administration area's routes; each section's code loads on first visit. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: async () => {
      const { AdminLayout } = await import('./layout/AdminLayout');
      return { Component: AdminLayout };
    },
    children: [
      // AdminLayout sends /admin on to the first section the reader may use.
      { index: true, element: null },
      {
        path: 'roles',
        lazy: async () => {
          const { RoleGrantsPage } = await import('./roles/RoleGrantsPage');
          return { Component: RoleGrantsPage };
        },
      },
      {
        path: 'claim-mappings',
        lazy: async () => {
          const { ClaimMappingsPage } = await import('./claim-mappings/ClaimMappingsPage');
          return { Component: ClaimMappingsPage };
        },
      },
      {
        path: 'sign-in',
        lazy: async () => {
          const { SignInSettingsPage } = await import('./sign-in/SignInSettingsPage');
          return { Component: SignInSettingsPage };
        },
      },
      {
        path: 'needs-placement',
        lazy: async () => {
          const { NeedsPlacementPage } = await import('./placement/NeedsPlacementPage');
          return { Component: NeedsPlacementPage };
        },
      },
      {
        path: 'hr-import',
        lazy: async () => {
          const { HrImportPage } = await import('./hr-import/HrImportPage');
          return { Component: HrImportPage };
        },
      },
      {
        path: 'region',
        lazy: async () => {
          const { RegionalSharingPage } = await import('./regional/RegionalSharingPage');
          return { Component: RegionalSharingPage };
        },
      },
      {
        path: 'tokens',
        lazy: async () => {
          const { TokensPage } = await import('./tokens/TokensPage');
          return { Component: TokensPage };
        },
      },
      {
        path: 'audit-log',
        lazy: async () => {
          const { AuditLogPage } = await import('./audit/AuditLogPage');
          return { Component: AuditLogPage };
        },
      },
      {
        path: 'outbox',
        lazy: async () => {
          const { OutboxPage } = await import('./outbox/OutboxPage');
          return { Component: OutboxPage };
        },
      },
    ],
  },
];
