import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title1,
  tokens,
} from '@fluentui/react-components';
import { ProblemCode } from '@larnav/contracts';
import { problemOf, type SignInMethod, signInUrl, useMe, useSignInMethods } from '@larnav/web/api-client';
import { ErrorState, LoadingState, useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { FindMunicipality } from '../sign-in/FindMunicipality';
import { leaveApp } from '../sign-in/leave-app';
import { safeReturnTo } from '../sign-in/return-to';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalL,
    maxWidth: '560px',
  },
  text: { margin: 0 },
});

/**
 * Where a reader who is not signed in lands, and where a failed sign-in comes back with
 * `?error=<problem code>`. Signing in itself happens at the municipality's identity provider.
 */
export function SignInPage() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const problemMessage = useProblemMessage();
  const [params] = useSearchParams();
  const methods = useSignInMethods();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const error = params.get('error');
  const me = useMe();

  // Already signed in (Back after signing in, or an old bookmark): go on to where they were going.
  if (me.data && !error) return <Navigate to={returnTo} replace />;

  const signIn = (method: SignInMethod) => leaveApp(signInUrl(method, returnTo));

  const actions = () => {
    if (methods.isPending) return <LoadingState />;
    if (methods.isError && problemOf(methods.error)?.code === ProblemCode.UnknownTenant) {
      return (
        <>
          <Body1 as="p" className={styles.text}>
            {t('signIn.findMunicipality.intro')}
          </Body1>
          <FindMunicipality />
        </>
      );
    }
    if (methods.isError) return <ErrorState problem={problemOf(methods.error)} onRetry={() => methods.refetch()} />;
    if (!methods.data.oidc && !methods.data.saml) {
      return <Body1 as="p">{problemMessage({ code: ProblemCode.SignInNotConfigured })}</Body1>;
    }
    return (
      <>
        {methods.data.oidc && (
          <Button appearance="primary" size="large" onClick={() => signIn('oidc')}>
            {t('signIn.oidc')}
          </Button>
        )}
        {methods.data.saml && (
          <Button appearance={methods.data.oidc ? 'secondary' : 'primary'} size="large" onClick={() => signIn('saml')}>
            {t('signIn.saml')}
          </Button>
        )}
      </>
    );
  };

  return (
    <div className={styles.root}>
      <title>{t('signIn.pageTitle')}</title>
      <Title1 as="h1" className={styles.text}>
        {t('signIn.title')}
      </Title1>
      <Body1 as="p" className={styles.text}>
        {t('signIn.intro')}
      </Body1>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('signIn.failed')}</MessageBarTitle>
            {problemMessage({ code: error })}
          </MessageBarBody>
        </MessageBar>
      )}
      {actions()}
    </div>
  );
}
