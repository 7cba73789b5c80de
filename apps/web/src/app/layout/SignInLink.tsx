import { Button } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * "Logga in" for a reader who is not signed in: a link to the sign-in page, which comes back
 * to the page they were on.
 */
export function SignInLink() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const location = useLocation();
  const onSignInPage = location.pathname === '/sign-in';
  const href = onSignInPage
    ? `/sign-in${location.search}`
    : `/sign-in?${new URLSearchParams({ returnTo: `${location.pathname}${location.search}` })}`;
  return (
    <Button
      as="a"
      href={href}
      // On the sign-in page itself the page's own button is the one to press.
      appearance={onSignInPage ? 'subtle' : 'primary'}
      icon={<PersonRegular />}
      aria-current={onSignInPage ? 'page' : undefined}
      onClick={(event) => {
        // Stay in the app: a router navigation, not a reload.
        event.preventDefault();
        void navigate(href);
      }}
    >
      {t('account.signIn')}
    </Button>
  );
}
