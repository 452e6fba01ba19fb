import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar } from '../../api/types';
import { useImportInto } from './useImportInto';

/** Imports the holidays (and 补班 working days) of an iCalendar file the user picks. */
export function ImportIcsFile({ calendar }: { calendar: SlaCalendar }) {
  const { t } = useTranslation();
  const importInto = useImportInto(calendar);

  const read = (file: File) => {
    void file.text().then((ics) => importInto.run(ics, t('sla.calendar.import.fileDone', { file: file.name })));
    return false; // read here, never uploaded as a file
  };

  return (
    <Upload accept=".ics,text/calendar" showUploadList={false} beforeUpload={read}>
      <Button type="link" size="small" icon={<UploadOutlined />} loading={importInto.pending}>
        {t('sla.calendar.import.file')}
      </Button>
    </Upload>
  );
}
