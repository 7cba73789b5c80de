import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ProblemCode } from '@larnav/contracts';
import { problemOf, useCertificateCheck } from '@larnav/web/api-client';
import { formatInstant, LoadingState, PageHeader, Panel, useProblemMessage } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLearnerStyles } from '../shared/learner.styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
});

const INTENT = { valid: 'success', expired: 'warning', revoked: 'error' } as const;

/**
 * /intyg and /intyg/:code, open to anyone: is this certificate genuine, and is it valid,
 * expired or revoked? Shows what the certificate itself says, and nothing more.
 */
export function CertificateCheckPage() {
  const { t, i18n } = useTranslation('learner');
  const styles = useStyles();
  const shared = useLearnerStyles();
  const navigate = useNavigate();
  const problemMessage = useProblemMessage();
  const { code } = useParams();
  const [typed, setTyped] = useState(code ?? '');
  const check = useCertificateCheck(code);
  const problem = problemOf(check.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim().toUpperCase();
    if (next) void navigate(`/intyg/${encodeURIComponent(next)}`);
  };

  const date = (value: string | null) => (value ? formatInstant(value, i18n.language) : '');
  return (
    <div className={shared.stack}>
      <PageHeader title={t('verify.heading')} documentTitle={t('verify.pageTitle')}>
        {t('verify.intro')}
      </PageHeader>
      <Panel heading={t('verify.formHeading')}>
        <form className={styles.form} onSubmit={submit}>
          <Field label={t('verify.code')} hint={t('verify.codeHint')}>
            <Input value={typed} onChange={(_, d) => setTyped(d.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <Button type="submit" appearance="primary">
            {t('verify.check')}
          </Button>
        </form>
      </Panel>
      {code && (
        <section aria-live="polite" aria-label={t('verify.resultLabel')}>
          {check.isPending ? (
            <LoadingState />
          ) : check.data ? (
            <MessageBar intent={INTENT[check.data.status as keyof typeof INTENT] ?? 'info'} layout="multiline">
              <MessageBarBody>
                <h2 className={shared.messageHeading}>{t(`verify.status.${check.data.status}`)}</h2>
                <dl className={styles.facts}>
                  <dt>{t('verify.person')}</dt>
                  <dd>{check.data.personName}</dd>
                  <dt>{t('verify.module')}</dt>
                  <dd>{t('verify.moduleVersion', { title: check.data.moduleTitle, number: check.data.versionNumber })}</dd>
                  <dt>{t('verify.municipality')}</dt>
                  <dd>{check.data.municipalityName}</dd>
                  <dt>{t('verify.completedAt')}</dt>
                  <dd>{date(check.data.completedAt)}</dd>
                  {check.data.expiresAt && (
                    <>
                      <dt>{t('verify.expiresAt')}</dt>
                      <dd>{date(check.data.expiresAt)}</dd>
                    </>
                  )}
                  {check.data.revokedAt && (
                    <>
                      <dt>{t('verify.revokedAt')}</dt>
                      <dd>{date(check.data.revokedAt)}</dd>
                    </>
                  )}
                </dl>
              </MessageBarBody>
            </MessageBar>
          ) : problem?.code === ProblemCode.CertificateNotFound || problem?.status === 404 ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <h2 className={shared.messageHeading}>{t('verify.notFound.title')}</h2>
                {t('verify.notFound.body', { code })}
              </MessageBarBody>
            </MessageBar>
          ) : problem?.status === 429 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <h2 className={shared.messageHeading}>{t('verify.tooMany.title')}</h2>
                {t('verify.tooMany.body')}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="error">
              <MessageBarBody>{problemMessage(problem)}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </div>
  );
}
