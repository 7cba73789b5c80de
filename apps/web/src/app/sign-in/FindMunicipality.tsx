import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { problemOf, useDiscoverSignIn } from '@larnav/web/api-client';
import { useProblemMessage } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveApp } from './leave-app';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, width: '100%' },
});

/**
 * Shown at an address that belongs to no municipality (a region's shared address): the email
 * domain tells which municipality's own sign-in to go to.
 */
export function FindMunicipality() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const problemMessage = useProblemMessage();
  const discover = useDiscoverSignIn();
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    discover.mutate(email.trim(), { onSuccess: (found) => leaveApp(found.signInUrl) });
  };
  const problem = discover.isError ? problemOf(discover.error) : undefined;

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={t('signIn.findMunicipality.email')}
        hint={t('signIn.findMunicipality.hint')}
        required
        validationMessage={problem ? problemMessage(problem) : undefined}
      >
        <Input type="email" autoComplete="email" value={email} onChange={(_e, data) => setEmail(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={discover.isPending || !email.trim()}>
        {discover.isPending ? t('signIn.findMunicipality.searching') : t('signIn.findMunicipality.continue')}
      </Button>
    </form>
  );
}
