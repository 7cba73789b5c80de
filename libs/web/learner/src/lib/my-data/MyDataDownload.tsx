import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { MY_DATA_URL } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

/** Everything Lärnav holds about my learning, as a JSON file (the right of access, GDPR art. 15). */
export function MyDataDownload() {
  const { t } = useTranslation('learner');
  return (
    <Button as="a" href={MY_DATA_URL} download icon={<ArrowDownloadRegular />}>
      {t('myData.download')}
    </Button>
  );
}
