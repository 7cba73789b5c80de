import {
  Avatar,
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { PersonRegular, SignOutRegular } from '@fluentui/react-icons';
import type { Role } from '@larnav/contracts';
import { type Me, problemOf, useSignOut } from '@larnav/web/api-client';
import { sortRoles, useNotify, useProblemMessage, useRoleLabel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MY_ACCOUNT_PATH } from '../navigation/navigation';
import { leaveApp } from '../sign-in/leave-app';

const useStyles = makeStyles({
  trigger: {
    maxWidth: '280px',
    paddingBlock: tokens.spacingVerticalXS,
  },
  names: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: 0,
    paddingInlineStart: tokens.spacingHorizontalXS,
    textAlign: 'start',
  },
  name: {
    ...typographyStyles.body1Strong,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '100%',
  },
  roles: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '100%',
  },
});

/**
 * Who is signed in, with their roles, and a menu to their account and to sign out. Signing out
 * ends the session here and then at the identity provider, which sends the browser back.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const signOut = useSignOut();
  const roles = sortRoles(me.roles as Role[])
    .map(roleLabel)
    .join(', ');

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: (redirectTo) => leaveApp(redirectTo),
      onError: (error) => notify(`${t('account.signOutFailed')} ${problemMessage(problemOf(error))}`, 'error'),
    });

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          icon={<Avatar name={me.person.name} size={32} color="colorful" aria-hidden />}
          data-testid="account-menu"
        >
          <span className={styles.names}>
            <span className={styles.name}>{me.person.name}</span>
            <span className={styles.roles}>{roles}</span>
          </span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        {/* Fluent names the menu after its button: the person's name and roles. */}
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{me.person.email}</MenuGroupHeader>
            <MenuItem icon={<PersonRegular />} onClick={() => void navigate(MY_ACCOUNT_PATH)}>
              {t('account.myAccount')}
            </MenuItem>
          </MenuGroup>
          <MenuDivider />
          <MenuItem icon={<SignOutRegular />} disabled={signOut.isPending || signOut.isSuccess} onClick={onSignOut}>
            {signOut.isPending || signOut.isSuccess ? t('account.signingOut') : t('account.signOut')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
