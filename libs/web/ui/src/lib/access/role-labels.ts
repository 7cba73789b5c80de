import { Role } from '@larnav/contracts';
import { useTranslation } from 'react-i18next';

/** Strongest first, so a list of roles reads "Administratör, Medarbetare". */
const ROLE_ORDER: readonly Role[] = [Role.Admin, Role.Hr, Role.Trainer, Role.Learner];

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

/** A role's name in the reader's language. */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation('ui');
  return (role) => t(`roles.${role}`, { defaultValue: role });
}
