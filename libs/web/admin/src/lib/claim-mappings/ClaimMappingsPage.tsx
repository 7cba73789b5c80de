import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { DeleteRegular, LinkMultipleRegular } from '@fluentui/react-icons';
import { type ClaimMapping, problemOf, useClaimMappings, useDeleteClaimMapping } from '@larnav/web/api-client';
import {
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  Panel,
  useNotify,
  useProblemMessage,
} from '@larnav/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { focusSoon } from '../shared/focus-soon';
import { AddClaimMappingDialog } from './AddClaimMappingDialog';

/** Claims from the sign-in service (a group, a department) that place people or scope HR. */
export function ClaimMappingsPage() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  // The list keeps focus after a row's button goes away with the row.
  const listRef = useRef<HTMLDivElement>(null);
  const mappings = useClaimMappings();
  const remove = useDeleteClaimMapping();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [removing, setRemoving] = useState<ClaimMapping | null>(null);

  const content = () => {
    if (mappings.isPending) return <LoadingState />;
    if (mappings.isError) return <ErrorState problem={problemOf(mappings.error)} onRetry={() => mappings.refetch()} />;
    if (mappings.data.length === 0)
      return (
        <EmptyState icon={<LinkMultipleRegular />} title={t('claimMappings.empty.title')}>
          {t('claimMappings.empty.body')}
        </EmptyState>
      );
    return (
      <div ref={listRef} className={styles.scroller} tabIndex={0} role="region" aria-label={t('claimMappings.heading')}>
        <Table size="small" className={styles.table} aria-label={t('claimMappings.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('claimMappings.columns.claim')}</TableHeaderCell>
              <TableHeaderCell>{t('claimMappings.columns.value')}</TableHeaderCell>
              <TableHeaderCell>{t('claimMappings.columns.effect')}</TableHeaderCell>
              <TableHeaderCell>{t('claimMappings.columns.unit')}</TableHeaderCell>
              <TableHeaderCell>{t('claimMappings.columns.jobRole')}</TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.muted}>{t('claimMappings.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mappings.data.map((mapping) => (
              <TableRow key={mapping.id}>
                <TableCell>
                  <span className={styles.code}>{mapping.claim}</span>
                </TableCell>
                <TableCell>
                  <span className={styles.code}>{mapping.value}</span>
                </TableCell>
                <TableCell>{t(`claimMappings.effects.${mapping.effect}`)}</TableCell>
                <TableCell>{mapping.orgUnitName}</TableCell>
                <TableCell>{mapping.jobRole ?? '–'}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    icon={<DeleteRegular />}
                    aria-label={t('claimMappings.removeFor', {
                      claim: mapping.claim,
                      value: mapping.value,
                    })}
                    onClick={() => {
                      remove.reset();
                      setRemoving(mapping);
                    }}
                  >
                    {t('claimMappings.remove')}
                  </Button>
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
      <title>{t('claimMappings.pageTitle')}</title>
      <Panel heading={t('claimMappings.heading')} actions={<AddClaimMappingDialog />}>
        <Body1 as="p" className={styles.intro}>
          {t('claimMappings.intro')}
        </Body1>
        {content()}
      </Panel>
      <ConfirmDialog
        open={removing !== null}
        title={t('claimMappings.confirm.title')}
        confirmLabel={t('claimMappings.confirm.action')}
        pending={remove.isPending}
        problem={remove.isError ? problemMessage(problemOf(remove.error)) : undefined}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              notify(t('claimMappings.removed'));
              setRemoving(null);
              focusSoon(listRef);
            },
          });
        }}
      >
        {removing && (
          <Text as="p">
            {t('claimMappings.confirm.body', {
              claim: removing.claim,
              value: removing.value,
              unit: removing.orgUnitName,
            })}
          </Text>
        )}
      </ConfirmDialog>
    </div>
  );
}
