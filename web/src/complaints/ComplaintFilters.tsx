import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { categories, ownerRoles, severities, statuses, validities } from './types';
import type { ComplaintFilter } from './useComplaintFilter';

interface Props {
  filter: ComplaintFilter;
  onChange: (change: Partial<ComplaintFilter>) => void;
}

const choices = { status: statuses, severity: severities, validity: validities, category: categories, ownerRole: ownerRoles } as const;
const placeholders = { status: 'anyStatus', severity: 'anySeverity', validity: 'anyValidity', category: 'anyCategory', ownerRole: 'anyOwner' } as const;
/** Where each choice's words are: owner roles are worded as the complaint's owners. */
const wordings = { status: 'status', severity: 'severity', validity: 'validity', category: 'category', ownerRole: 'owner' } as const;

export function ComplaintFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const flag = (name: 'breached' | 'overdue') => (
    <Checkbox checked={filter[name] ?? false} onChange={(e) => onChange({ [name]: e.target.checked })}>
      {t(`complaints.list.only.${name}`)}
    </Checkbox>
  );

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        defaultValue={filter.q}
        placeholder={t('complaints.list.search')}
        aria-label={t('complaints.list.search')}
        onSearch={(q) => onChange({ q: q.trim() })}
        style={{ width: 260 }}
      />
      {(Object.keys(choices) as (keyof typeof choices)[]).map((name) => (
        <Select
          key={name}
          allowClear
          placeholder={t(`complaints.list.${placeholders[name]}`)}
          aria-label={t(`complaints.list.column.${wordings[name]}`)}
          value={filter[name]}
          options={choices[name].map((value) => ({ value, label: t(`complaints.${wordings[name]}.${value}`) }))}
          onChange={(value?: string) => onChange({ [name]: value })}
          style={{ minWidth: 150 }}
        />
      ))}
      {flag('overdue')}
      {flag('breached')}
    </Flex>
  );
}
