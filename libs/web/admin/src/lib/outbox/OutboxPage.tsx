import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { MailRegular } from '@fluentui/react-icons';
import { type OutboxMail, problemOf, useOutbox, useOutboxMail } from '@larnav/web/api-client';
import { EmptyState, ErrorState, formatInstant, LoadingState, Panel } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';

const PAGE_SIZE = 50;
const KINDS = [
  'reminder-before',
  'reminder-due',
  'reminder-overdue',
  'hr-digest',
  'session-invitation',
  'session-update',
  'session-cancellation',
  'session-waitlisted',
];
const STATUSES = ['queued', 'sent', 'failed', 'held'];

const useStyles = makeStyles({
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  body: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  html: { width: '100%', minHeight: '240px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  meta: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
});

/**
 * The mails Lärnav wrote, newest first: what reminders went to whom and whether they left. With
 * no SMTP server configured (the demo) this is the only place they can be read.
 */
export function OutboxPage() {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const outbox = useOutbox(PAGE_SIZE);
  const mails = outbox.data?.pages.flat() ?? [];
  const [openId, setOpenId] = useState<string | null>(null);

  const content = () => {
    if (outbox.isPending) return <LoadingState />;
    if (outbox.isError) return <ErrorState problem={problemOf(outbox.error)} onRetry={() => outbox.refetch()} />;
    if (mails.length === 0) return <EmptyState icon={<MailRegular />} title={t('outbox.empty')} />;
    return (
      <>
        <OutboxTable mails={mails} onOpen={setOpenId} />
        <div className={styles.more}>
          {outbox.hasNextPage ? (
            <Button onClick={() => void outbox.fetchNextPage()} disabled={outbox.isFetchingNextPage}>
              {t('outbox.older')}
            </Button>
          ) : (
            <Text className={adminStyles.muted}>{t('outbox.noOlder')}</Text>
          )}
          {outbox.isFetchingNextPage && <Spinner size="tiny" label={t('outbox.loadingOlder')} />}
        </div>
      </>
    );
  };

  return (
    <div className={adminStyles.stack}>
      <title>{t('outbox.pageTitle')}</title>
      <Panel heading={t('outbox.heading')}>
        <Body1 as="p" className={adminStyles.intro}>
          {t('outbox.intro')}
        </Body1>
        <Text as="p" role="status" className={adminStyles.muted}>
          {outbox.isSuccess ? t('outbox.shown', { count: mails.length }) : ''}
        </Text>
        {content()}
      </Panel>
      <MailDialog id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}

function useLabels() {
  const { t } = useTranslation('admin');
  return {
    kind: (kind: string) => (KINDS.includes(kind) ? t(`outbox.kinds.${kind}`) : kind),
    status: (status: string) => (STATUSES.includes(status) ? t(`outbox.statuses.${status}`) : status),
  };
}

function OutboxTable({ mails, onOpen }: { mails: OutboxMail[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const labels = useLabels();
  return (
    <div className={adminStyles.scroller} tabIndex={0} role="region" aria-label={t('outbox.heading')}>
      <Table size="small" className={adminStyles.table} aria-label={t('outbox.heading')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('outbox.columns.time')}</TableHeaderCell>
            <TableHeaderCell>{t('outbox.columns.to')}</TableHeaderCell>
            <TableHeaderCell>{t('outbox.columns.subject')}</TableHeaderCell>
            <TableHeaderCell>{t('outbox.columns.kind')}</TableHeaderCell>
            <TableHeaderCell>{t('outbox.columns.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mails.map((mail) => (
            <TableRow key={mail.id}>
              <TableCell className={adminStyles.nowrap}>{formatInstant(mail.createdAt, i18n.language)}</TableCell>
              <TableCell>
                <span className={adminStyles.code}>{mail.to}</span>
              </TableCell>
              <TableCell>
                <Button appearance="transparent" onClick={() => onOpen(mail.id)}>
                  {mail.subject}
                </Button>
              </TableCell>
              <TableCell>{labels.kind(mail.kind)}</TableCell>
              <TableCell>
                <span className={mail.status === 'failed' ? styles.failed : undefined}>
                  {labels.status(mail.status)}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** One mail as it was written: its plain text, and its HTML in a sandbox that runs nothing. */
function MailDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const labels = useLabels();
  const mail = useOutboxMail(id);
  const body = () => {
    if (mail.isPending) return <LoadingState />;
    if (mail.isError) return <ErrorState problem={problemOf(mail.error)} onRetry={() => mail.refetch()} />;
    const m = mail.data;
    return (
      <>
        <dl className={styles.meta}>
          <dt>{t('outbox.columns.to')}</dt>
          <dd>{m.to}</dd>
          <dt>{t('outbox.columns.kind')}</dt>
          <dd>{labels.kind(m.kind)}</dd>
          <dt>{t('outbox.columns.status')}</dt>
          <dd>
            {labels.status(m.status)}
            {m.sentAt ? ` · ${formatInstant(m.sentAt, i18n.language)}` : ''}
            {m.error ? ` · ${m.error}` : ''}
          </dd>
        </dl>
        <h3>{t('outbox.text')}</h3>
        <pre className={styles.body}>{m.text}</pre>
        <h3>{t('outbox.html')}</h3>
        <iframe
          className={styles.html}
          title={t('outbox.htmlFrame', { subject: m.subject })}
          sandbox=""
          srcDoc={m.html}
        />
      </>
    );
  };
  return (
    <Dialog open={id !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{mail.data?.subject ?? t('outbox.mail')}</DialogTitle>
          <DialogContent>{id !== null && body()}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('outbox.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
