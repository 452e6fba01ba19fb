import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { severities, statuses, validities } from './types';
import type { ComplaintFilter } from './useComplaintFilter';

interface Props {
  filter: ComplaintFilter;
  onChange: (change: Partial<ComplaintFilter>) => void;
}

const choices = { status: statuses, severity: severities, validity: validities } as const;
const placeholders = { status: 'anyStatus', severity: 'anySeverity', validity: 'anyValidity' } as const;

export function ComplaintFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      {(Object.keys(choices) as (keyof typeof choices)[]).map((name) => (
        <Select
          key={name}
          allowClear
          placeholder={t(`complaints.list.${placeholders[name]}`)}
          aria-label={t(`complaints.list.column.${name}`)}
          value={filter[name]}
          options={choices[name].map((value) => ({ value, label: t(`complaints.${name}.${value}`) }))}
          onChange={(value?: string) => onChange({ [name]: value })}
          style={{ minWidth: 160 }}
        />
      ))}
    </Flex>
  );
}
