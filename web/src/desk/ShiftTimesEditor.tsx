import { Button, Flex, Popover, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crossesMidnight, hourMinute, type Shift } from './types';

const timeFormat = 'HH:mm';

/** A shift's name and hours in the roster grid; whoever may set the roster opens it to change the hours. */
export function ShiftTimesEditor({ shift, editable, onChange }: { shift: Shift; editable: boolean; onChange: (shift: Shift) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = `${shift.name} ${hourMinute(shift.start)}–${hourMinute(shift.end)}`;
  const night = crossesMidnight(shift) && <Tag color="blue">{t('desk.roster.overnight')}</Tag>;
  if (!editable) return <span>{label} {night}</span>;

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={t('desk.roster.editTimes', { shift: shift.name })}
      content={<TimesForm shift={shift} onDone={(changed) => { onChange(changed); setOpen(false); }} />}
    >
      <Button type="link" size="small">{label}</Button>
      {night}
    </Popover>
  );
}

function TimesForm({ shift, onDone }: { shift: Shift; onDone: (shift: Shift) => void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs(shift.start, 'HH:mm:ss'), dayjs(shift.end, 'HH:mm:ss')]);
  const changed = { ...shift, start: range[0].format('HH:mm:ss'), end: range[1].format('HH:mm:ss') };

  return (
    <Flex vertical gap={8}>
      {/* Unordered: a night shift's end comes before its start on the clock. */}
      <TimePicker.RangePicker
        aria-label={t('desk.roster.times')}
        format={timeFormat}
        minuteStep={5}
        order={false}
        needConfirm={false}
        allowClear={false}
        value={range}
        onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
      />
      {crossesMidnight(changed) && (
        <Typography.Text type="secondary">{t('desk.roster.endsNextDay', { end: hourMinute(changed.end) })}</Typography.Text>
      )}
      <Flex justify="flex-end">
        <Button type="primary" size="small" onClick={() => onDone(changed)}>
          {t('desk.roster.applyTimes')}
        </Button>
      </Flex>
    </Flex>
  );
}
