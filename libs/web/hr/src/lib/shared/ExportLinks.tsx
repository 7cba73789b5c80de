import { Link } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { type ExportFormat, reportExportUrl, type ReportTable } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import { useReportLanguage } from './format';
import { useHrStyles } from './hr.styles';

export interface ExportLinksProps {
  table: ReportTable;
  /** Names the table in the links' accessible names ("Exportera täckningen per enhet som CSV"). */
  tableName: string;
  filters: Parameters<typeof reportExportUrl>[3];
}

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/** Downloads of the table on screen, with the same filters, in the page's language. */
export function ExportLinks({ table, tableName, filters }: ExportLinksProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const lang = useReportLanguage();
  return (
    <span className={styles.actions}>
      {FORMATS.map((format) => (
        <Link
          key={format}
          href={reportExportUrl(table, format, lang, filters)}
          download
          aria-label={t(`export.${format}Of`, { table: tableName })}
        >
          <ArrowDownloadRegular aria-hidden /> {t(`export.${format}`)}
        </Link>
      ))}
    </span>
  );
}
