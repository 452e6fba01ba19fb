import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar } from '../../api/types';
import { officialDaysOf, toICalendar } from './officialDays';
import { useImportInto } from './useImportInto';

/** The year it is now in China. */
const currentYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** 导入法定节假日: the State Council's holidays and make-up working days of a chosen year, into a calendar. */
export function ImportOfficialDays({ calendar }: { calendar: SlaCalendar }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [thisYear] = useState(currentYear);
  const [year, setYear] = useState(thisYear);
  const importInto = useImportInto(calendar);

  const submit = async () => {
    const days = await officialDaysOf(year);
    if (days.holidays.length === 0) {
      void message.warning(t('sla.calendar.import.noOfficialDays', { year }));
      return;
    }
    const done = t('sla.calendar.import.officialDone', { year, holidays: days.holidays.length, workdays: days.workdays.length });
    if (await importInto.run(toICalendar(days, new Date()), done)) setOpen(false);
  };

  return (
    <>
      <Button type="link" size="small" icon={<CalendarOutlined />} onClick={() => setOpen(true)}>
        {t('sla.calendar.import.official')}
      </Button>
      <Modal
        title={t('sla.calendar.import.officialTitle', { name: calendar.name })}
        open={open}
        okText={t('sla.calendar.import.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={importInto.pending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('sla.calendar.import.officialHelp')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('sla.calendar.import.year')} htmlFor="official-year">
            <Select
              id="official-year"
              value={year}
              onChange={setYear}
              options={[thisYear - 1, thisYear, thisYear + 1].map((option) => ({ value: option, label: t('sla.calendar.import.yearOption', { year: option }) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
