import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useMe } from '@larnav/web/api-client';
import { LoadingState, NoAccessState, PageHeader } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ADMIN_SECTIONS, visibleAdminSections } from '../admin-sections';

const useStyles = makeStyles({
  tabs: {
    marginBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  panel: {
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

const tabId = (path: string) => `admin-tab-${path}`;

/**
 * The administration area: one tab per section the reader may use, each its own address
 * (/admin/roles …). A section opened without its permission says so instead of failing.
 */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (!me.data) return <LoadingState />;

  const visible = visibleAdminSections(me.data.permissions);
  const current = ADMIN_SECTIONS.find((section) => pathname.startsWith(`/admin/${section.path}`));
  if (visible.length === 0) {
    return (
      <>
        <title>{t('pageTitle')}</title>
        <NoAccessState headingLevel={1} />
      </>
    );
  }
  if (!current) return <Navigate to={`/admin/${visible[0].path}`} replace />;
  const allowed = visible.includes(current);

  return (
    <>
      <PageHeader title={t('title')} documentTitle={t('pageTitle')}>
        {t('intro')}
      </PageHeader>
      <TabList
        className={styles.tabs}
        selectedValue={allowed ? current.path : undefined}
        onTabSelect={(_, data) => void navigate(`/admin/${String(data.value)}`)}
        aria-label={t('tabs.label')}
      >
        {visible.map((section) => (
          <Tab key={section.path} value={section.path} id={tabId(section.path)}>
            {t(section.label)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        className={styles.panel}
        aria-labelledby={allowed ? tabId(current.path) : undefined}
        aria-label={allowed ? undefined : t(current.label)}
      >
        {allowed ? <Outlet /> : <NoAccessState />}
      </div>
    </>
  );
}
