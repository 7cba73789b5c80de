import {
  Body1,
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { calendarDateAt, Permission, type Role } from '@larnav/contracts';
import {
  type AuditEvent,
  problemOf,
  useAuditLog,
  useIntegrationTokens,
  useMe,
  useOrgTree,
  usePersonNames,
} from '@larnav/web/api-client';
import {
  EmptyState,
  ErrorState,
  formatCalendarDate,
  formatInstant,
  LoadingState,
  Panel,
  todayInStockholm,
  useRoleLabel,
} from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { auditDetails, isKnownAction } from './audit-event-text';
import { scopeLabelKey } from '../tokens/scope-label';

const PAGE_SIZE = 50;

const useStyles = makeStyles({
  more: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  failed: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** What happened, by whom, newest first; older pages on request. */
export function AuditLogPage() {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const log = useAuditLog(PAGE_SIZE);
  const events = log.data?.pages.flat() ?? [];

  const content = () => {
    if (log.isPending) return <LoadingState />;
    if (log.isError) return <ErrorState problem={problemOf(log.error)} onRetry={() => log.refetch()} />;
    if (events.length === 0) return <EmptyState icon={<HistoryRegular />} title={t('audit.empty')} />;
    return (
      <>
        <AuditTable events={events} />
        <div className={styles.more}>
          {log.hasNextPage ? (
            <Button onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {t('audit.older')}
            </Button>
          ) : (
            <Text className={adminStyles.muted}>{t('audit.noOlder')}</Text>
          )}
          {log.isFetchingNextPage && <Spinner size="tiny" label={t('audit.loadingOlder')} />}
        </div>
      </>
    );
  };

  return (
    <div className={adminStyles.stack}>
      <title>{t('audit.pageTitle')}</title>
      <Panel heading={t('audit.heading')}>
        <Body1 as="p" className={adminStyles.intro}>
          {t('audit.intro')}
        </Body1>
        <Text as="p" role="status" className={adminStyles.muted}>
          {log.isSuccess ? t('audit.shown', { count: events.length }) : ''}
        </Text>
        {content()}
      </Panel>
    </div>
  );
}

function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const roleLabel = useRoleLabel();
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  // Names for the ids in the log, where the reader may look them up.
  const people = usePersonNames(
    events.flatMap((event) => [
      ...(event.actorPersonId ? [event.actorPersonId] : []),
      ...(event.targetType === 'person' && event.targetId ? [event.targetId] : []),
    ]),
    { enabled: permissions.includes(Permission.PeopleRead) },
  );
  const tokens = useIntegrationTokens({
    enabled: permissions.includes(Permission.TokensManage),
  });
  const tokenName = (id: string) => tokens.data?.find((token) => token.id === id)?.name;
  const tree = useOrgTree(todayInStockholm(), {
    enabled: permissions.includes(Permission.OrgRead),
  });
  const unitName = (id: string) => tree.data?.units.find((unit) => unit.id === id)?.name;
  const personName = (id: string) => people.get(id) ?? t('audit.unknownPerson');

  const actor = (event: AuditEvent) => {
    if (event.actorPersonId) return personName(event.actorPersonId);
    if (event.actorTokenId)
      return t('audit.byToken', {
        name: tokenName(event.actorTokenId) ?? t('audit.unknownToken'),
      });
    return t('audit.noActor');
  };

  const target = (event: AuditEvent) => {
    if (!event.targetType || !event.targetId) return '–';
    if (event.targetType === 'person') return personName(event.targetId);
    if (event.targetType === 'integration-token')
      return t('audit.token', {
        name: auditDetails(event).name ?? tokenName(event.targetId) ?? '',
      });
    return `${event.targetType} ${event.targetId.slice(0, 8)}`;
  };

  const details = (event: AuditEvent) => {
    const d = auditDetails(event);
    const parts: string[] = [];
    if (d.method) parts.push(t(`audit.methods.${d.method}`, { defaultValue: d.method }));
    if (d.role) parts.push(roleLabel(d.role as Role));
    if (d.orgUnitId) parts.push(unitName(d.orgUnitId) ?? t('audit.unit'));
    if (d.scopes) parts.push(d.scopes.map((s) => t(scopeLabelKey(s), { defaultValue: s })).join(', '));
    if (d.expiresAt)
      parts.push(
        t('audit.expires', {
          date: formatCalendarDate(calendarDateAt(new Date(d.expiresAt)), i18n.language),
        }),
      );
    return { summary: parts.join(' · ') || '–', reason: d.reason };
  };

  return (
    <div className={adminStyles.scroller} tabIndex={0} role="region" aria-label={t('audit.heading')}>
      <Table size="small" className={adminStyles.table} aria-label={t('audit.heading')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('audit.columns.time')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.action')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.actor')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.target')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.details')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.ip')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => {
            const { summary, reason } = details(event);
            return (
              <TableRow key={event.id}>
                <TableCell className={adminStyles.nowrap}>{formatInstant(event.occurredAt, i18n.language)}</TableCell>
                <TableCell>
                  <span className={event.action === 'sign-in-failed' ? styles.failed : undefined}>
                    {isKnownAction(event.action) ? t(`audit.actions.${event.action}`) : event.action}
                  </span>
                </TableCell>
                <TableCell>{actor(event)}</TableCell>
                <TableCell>{target(event)}</TableCell>
                <TableCell>
                  <TableCellLayout description={reason}>{summary}</TableCellLayout>
                </TableCell>
                <TableCell className={adminStyles.nowrap}>
                  <span className={adminStyles.code}>{event.ip ?? '–'}</span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
