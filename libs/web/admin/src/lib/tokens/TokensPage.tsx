import {
  Badge,
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { KeyMultipleRegular, ProhibitedRegular } from '@fluentui/react-icons';
import { calendarDateAt } from '@larnav/contracts';
import {
  type IntegrationToken,
  problemOf,
  useIntegrationTokens,
  useRevokeIntegrationToken,
} from '@larnav/web/api-client';
import {
  ConfirmDialog,
  EmptyState,
  ErrorState,
  formatCalendarDate,
  formatInstant,
  LoadingState,
  Panel,
  useNotify,
  useProblemMessage,
} from '@larnav/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { focusSoon } from '../shared/focus-soon';
import { CreateTokenDialog } from './CreateTokenDialog';
import { type IssuedToken, TokenIssuedDialog } from './TokenIssuedDialog';
import { tokenStatus } from './token-status';
import { scopeLabelKey } from './scope-label';

const STATUS_COLOR = {
  active: 'success',
  revoked: 'danger',
  expired: 'warning',
} as const;

/** Integration tokens for machines (Entra ID provisioning, HR-system imports). */
export function TokensPage() {
  const { t, i18n } = useTranslation('admin');
  const styles = useAdminStyles();
  // The list keeps focus after a row's button goes away with the row.
  const listRef = useRef<HTMLDivElement>(null);
  const list = useIntegrationTokens();
  const revoke = useRevokeIntegrationToken();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoking, setRevoking] = useState<IntegrationToken | null>(null);
  const language = i18n.language;

  const content = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState problem={problemOf(list.error)} onRetry={() => list.refetch()} />;
    if (list.data.length === 0)
      return (
        <EmptyState icon={<KeyMultipleRegular />} title={t('tokens.empty.title')}>
          {t('tokens.empty.body')}
        </EmptyState>
      );
    return (
      <div ref={listRef} className={styles.scroller} tabIndex={0} role="region" aria-label={t('tokens.heading')}>
        <Table size="small" className={styles.table} aria-label={t('tokens.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tokens.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.scopes')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.status')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.expires')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.lastUsed')}</TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.muted}>{t('tokens.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.map((token) => {
              const status = tokenStatus(token);
              return (
                <TableRow key={token.id}>
                  <TableCell>
                    <TableCellLayout
                      description={t('tokens.createdAt', {
                        date: formatInstant(token.createdAt, language),
                      })}
                    >
                      {token.name}
                    </TableCellLayout>
                  </TableCell>
                  <TableCell>{token.scopes.map((scope) => t(scopeLabelKey(scope))).join(', ')}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATUS_COLOR[status]}>
                      {t(`tokens.status.${status}`)}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.nowrap}>
                    {formatCalendarDate(calendarDateAt(new Date(token.expiresAt)), language)}
                  </TableCell>
                  <TableCell className={styles.nowrap}>
                    {token.lastUsedAt ? formatInstant(token.lastUsedAt, language) : t('tokens.neverUsed')}
                  </TableCell>
                  <TableCell>
                    {status === 'active' && (
                      <Button
                        size="small"
                        icon={<ProhibitedRegular />}
                        aria-label={t('tokens.revokeFor', { name: token.name })}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(token);
                        }}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    );
  };

  return (
    <div className={styles.stack}>
      <title>{t('tokens.pageTitle')}</title>
      <Panel heading={t('tokens.heading')} actions={<CreateTokenDialog onIssued={setIssued} />}>
        <Body1 as="p" className={styles.intro}>
          {t('tokens.intro')}
        </Body1>
        {content()}
      </Panel>
      <TokenIssuedDialog token={issued} onClose={() => setIssued(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title={t('tokens.confirm.title')}
        confirmLabel={t('tokens.confirm.action')}
        pending={revoke.isPending}
        problem={revoke.isError ? problemMessage(problemOf(revoke.error)) : undefined}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify(t('tokens.revoked', { name: revoking.name }));
              setRevoking(null);
              focusSoon(listRef);
            },
          });
        }}
      >
        {revoking && <Text as="p">{t('tokens.confirm.body', { name: revoking.name })}</Text>}
      </ConfirmDialog>
    </div>
  );
}
