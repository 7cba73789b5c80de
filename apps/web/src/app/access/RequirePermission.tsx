import type { Permission } from '@larnav/contracts';
import { useMe } from '@larnav/web/api-client';
import { LoadingState, NoAccessState } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

/**
 * A layout route that shows its pages only to people with `permission`, and a proper
 * "no access" page to the rest, instead of a failed request. Not being signed in is the
 * shell's business: it sends the reader to the sign-in page.
 */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation('shell');
  const me = useMe();
  if (!me.data) return <LoadingState />;
  if (!me.data.permissions.includes(permission)) {
    return (
      <>
        <title>{t('noAccess.pageTitle')}</title>
        <NoAccessState headingLevel={1} />
      </>
    );
  }
  return <Outlet />;
}
