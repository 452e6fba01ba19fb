import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationUnits, fromIsoDuration, toIsoDuration, type DurationUnit } from '../../shared/durations';

interface Props {
  id?: string;
  /** What the window is, to name its unit for screen readers: 首次联系时限. */
  label: string;
  /** An ISO 8601 duration, e.g. PT3H. */
  value?: string;
  onChange?: (value: string | undefined) => void;
}

interface Entry {
  amount: number | null;
  unit: DurationUnit;
}

const entryOf = (value: string | undefined): Entry => {
  const duration = value ? fromIsoDuration(value) : undefined;
  return duration ?? { amount: null, unit: 'hours' };
};
const isoOf = ({ amount, unit }: Entry) => (amount ? toIsoDuration({ amount, unit }) : undefined);

/** A deadline window entered as a number and a unit (3 小时), kept as an ISO 8601 duration (PT3H). */
export function DurationInput({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState(() => entryOf(value));
  // The form set another value (loading a policy, resetting): show it.
  if (isoOf(entry) !== value) setEntry(entryOf(value));

  const change = (next: Entry) => {
    setEntry(next);
    onChange?.(isoOf(next));
  };

  return (
    <Space.Compact block>
      <InputNumber<number>
        id={id}
        min={1}
        precision={0}
        style={{ width: '100%' }}
        value={entry.amount}
        onChange={(amount) => change({ ...entry, amount })}
      />
      <Select<DurationUnit>
        aria-label={t('sla.policy.form.unit', { field: label })}
        style={{ width: 110 }}
        value={entry.unit}
        options={durationUnits.map((unit) => ({ value: unit, label: t(`sla.policy.form.units.${unit}`) }))}
        onChange={(unit) => change({ ...entry, unit })}
      />
    </Space.Compact>
  );
}
