import { DatePicker, Flex, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

interface Props {
  id?: string;
  /** yyyy-MM-dd dates. */
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** A list of dates (holidays, make-up working days): picked one at a time, shown in order, each removable. */
export function DateListField({ id, value = [], onChange }: Props) {
  const { t } = useTranslation();
  const add = (date: Dayjs | null) => {
    const day = date?.format('YYYY-MM-DD');
    if (day && !value.includes(day)) onChange?.([...value, day].sort());
  };

  return (
    <Flex vertical gap={8}>
      <DatePicker id={id} value={null} onChange={add} placeholder={t('sla.calendar.form.addDate')} style={{ width: 200 }} />
      {value.length === 0 ? (
        <Typography.Text type="secondary">{t('sla.calendar.form.noDates')}</Typography.Text>
      ) : (
        <Flex wrap gap={4}>
          {value.map((day) => (
            <Tag key={day} closable onClose={() => onChange?.(value.filter((other) => other !== day))} style={{ marginInlineEnd: 0 }}>
              {day}
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
