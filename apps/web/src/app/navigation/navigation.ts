import { Permission } from '@larnav/contracts';
import { canAdminister } from '@larnav/web/admin';
import { RULES_PATH } from '@larnav/web/compliance';
import { COVERAGE_PATH, MY_TEAM_PATH, REGION_PATH } from '@larnav/web/hr';
import { MY_TRAINING_PATH } from '@larnav/web/learner';

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
export function navigationFor(permissions: readonly string[], managesTeam = false): NavigationItem[] {
  return [
    { to: MY_TRAINING_PATH, label: 'navigation.myTraining' },
    // Managing is no permission but a fact of the organisation (a unit's chef, a manager link).
    ...(managesTeam ? [{ to: MY_TEAM_PATH, label: 'navigation.myTeam' }] : []),
    ...(permissions.includes(Permission.OrgRead) ? [{ to: '/organisation', label: 'navigation.organisation' }] : []),
    ...(permissions.includes(Permission.PeopleRead) ? [{ to: '/people', label: 'navigation.people' }] : []),
    ...(permissions.includes(Permission.CatalogAuthor) ? [{ to: '/modules', label: 'navigation.modules' }] : []),
    ...(permissions.includes(Permission.ComplianceManage) ? [{ to: RULES_PATH, label: 'navigation.rules' }] : []),
    ...(permissions.includes(Permission.ReportingRead) ? [{ to: COVERAGE_PATH, label: 'navigation.coverage' }] : []),
    ...(permissions.includes(Permission.RegionalRead) ? [{ to: REGION_PATH, label: 'navigation.region' }] : []),
    ...(canAdminister(permissions) ? [{ to: '/admin', label: 'navigation.administration' }] : []),
    { to: MY_ACCOUNT_PATH, label: 'navigation.myAccount' },
  ];
}

/** Where `/` leads: My training, for everyone signed in; each role's own areas are one click away. */
export function startPathFor(): string {
  return MY_TRAINING_PATH;
}
