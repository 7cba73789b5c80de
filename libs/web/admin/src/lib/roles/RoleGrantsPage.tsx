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
import { DeleteRegular, ShieldPersonRegular } from '@fluentui/react-icons';
import { problemOf, type RoleGrant, useRevokeRoleGrant, useRoleGrants } from '@larnav/web/api-client';
import {
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  Panel,
  useNotify,
  useProblemMessage,
  useRoleLabel,
} from '@larnav/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { focusSoon } from '../shared/focus-soon';
import { GrantRoleDialog } from './GrantRoleDialog';

/** Who holds which role: from the sign-in service (read-only here) or granted in Lärnav. */
export function RoleGrantsPage() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  // The list keeps focus after a row's button goes away with the row.
  const listRef = useRef<HTMLDivElement>(null);
  const grants = useRoleGrants();
  const revoke = useRevokeRoleGrant();
  const roleLabel = useRoleLabel();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [revoking, setRevoking] = useState<RoleGrant | null>(null);

  const content = () => {
    if (grants.isPending) return <LoadingState />;
    if (grants.isError) return <ErrorState problem={problemOf(grants.error)} onRetry={() => grants.refetch()} />;
    if (grants.data.length === 0) return <EmptyState icon={<ShieldPersonRegular />} title={t('roles.empty')} />;
    return (
      <div ref={listRef} className={styles.scroller} tabIndex={0} role="region" aria-label={t('roles.heading')}>
        <Table size="small" className={styles.table} aria-label={t('roles.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('roles.columns.person')}</TableHeaderCell>
              <TableHeaderCell>{t('roles.columns.role')}</TableHeaderCell>
              <TableHeaderCell>{t('roles.columns.unit')}</TableHeaderCell>
              <TableHeaderCell>{t('roles.columns.source')}</TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.muted}>{t('roles.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {grants.data.map((grant) => (
              <TableRow key={grant.id}>
                <TableCell>{grant.personName}</TableCell>
                <TableCell>{roleLabel(grant.role)}</TableCell>
                <TableCell>{grant.orgUnitName ?? t('roles.wholeMunicipality')}</TableCell>
                <TableCell>
                  {grant.source === 'idp' ? (
                    <TableCellLayout description={t('roles.source.idpHint')}>
                      <Badge appearance="outline" color="informative">
                        {t('roles.source.idp')}
                      </Badge>
                    </TableCellLayout>
                  ) : (
                    <Badge appearance="tint" color="brand">
                      {t('roles.source.admin')}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>
                  {grant.source === 'admin' && (
                    <Button
                      size="small"
                      icon={<DeleteRegular />}
                      onClick={() => {
                        revoke.reset();
                        setRevoking(grant);
                      }}
                      aria-label={t('roles.revokeFor', {
                        role: roleLabel(grant.role),
                        person: grant.personName,
                      })}
                    >
                      {t('roles.revoke')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    );
  };

  return (
    <div className={styles.stack}>
      <title>{t('roles.pageTitle')}</title>
      <Panel heading={t('roles.heading')} actions={<GrantRoleDialog />}>
        <Body1 as="p" className={styles.intro}>
          {t('roles.intro')}
        </Body1>
        {content()}
      </Panel>
      <ConfirmDialog
        open={revoking !== null}
        title={t('roles.confirm.title')}
        confirmLabel={t('roles.confirm.action')}
        pending={revoke.isPending}
        problem={revoke.isError ? problemMessage(problemOf(revoke.error)) : undefined}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify(
                t('roles.revoked', {
                  role: roleLabel(revoking.role),
                  person: revoking.personName,
                }),
              );
              setRevoking(null);
              focusSoon(listRef);
            },
          });
        }}
      >
        {revoking && (
          <Text as="p">
            {t('roles.confirm.body', {
              role: roleLabel(revoking.role),
              person: revoking.personName,
              unit: revoking.orgUnitName ?? t('roles.wholeMunicipality'),
            })}
          </Text>
        )}
      </ConfirmDialog>
    </div>
  );
}
