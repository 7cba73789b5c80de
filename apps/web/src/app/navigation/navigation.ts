import { Permission } from '@larnav/contracts';
import { canAdminister } from '@larnav/web/admin';

export interface NavigationItem {
  to: string;
  /** Key in the shell namespace. */
  label: string;
}

export const MY_ACCOUNT_PATH = '/my-account';

/**
 * The areas a signed-in person can use, in header order. Nobody is shown a link to a page that
 * would only tell them they lack access.
 */
export function navigationFor(permissions: readonly string[]): NavigationItem[] {
  return [
    ...(permissions.includes(Permission.OrgRead) ? [{ to: '/organisation', label: 'navigation.organisation' }] : []),
    ...(permissions.includes(Permission.CatalogAuthor) ? [{ to: '/modules', label: 'navigation.modules' }] : []),
    ...(canAdminister(permissions) ? [{ to: '/admin', label: 'navigation.administration' }] : []),
    { to: MY_ACCOUNT_PATH, label: 'navigation.myAccount' },
  ];
}

/** Where `/` leads: the organisation for those who may read it, otherwise their own account. */
export function startPathFor(permissions: readonly string[]): string {
  return permissions.includes(Permission.OrgRead) ? '/organisation' : MY_ACCOUNT_PATH;
}
