import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { categories, categoryKey, priorities, statuses } from './types';
import type { TicketFilter } from './useTicketFilter';

interface Props {
  filter: TicketFilter;
  onChange: (change: Partial<TicketFilter>) => void;
}

export function TicketFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const flag = (name: 'breached' | 'followUpDue' | 'unassigned', labelKey: string) => (
    <Checkbox checked={filter[name]} onChange={(e) => onChange({ [name]: e.target.checked })}>
      {t(labelKey)}
    </Checkbox>
  );

  const choice = (name: 'status' | 'priority' | 'category', options: { value: string; label: string }[], placeholderKey: string) => (
    <Select
      mode={name === 'category' ? undefined : 'multiple'}
      allowClear
      placeholder={t(placeholderKey)}
      aria-label={t(`tickets.list.column.${name}`)}
      value={filter[name]}
      options={options}
      onChange={(value: string | string[]) => onChange({ [name]: value })}
      style={{ minWidth: 160 }}
    />
  );

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        defaultValue={filter.search}
        placeholder={t('tickets.list.search')}
        aria-label={t('tickets.list.search')}
        onSearch={(search) => onChange({ search })}
        style={{ width: 280 }}
      />
      {choice('status', statuses.map((status) => ({ value: status, label: t(`tickets.status.${status}`) })), 'tickets.list.anyStatus')}
      {choice('priority', priorities.map((priority) => ({ value: priority, label: t(`tickets.priority.${priority}`) })), 'tickets.list.anyPriority')}
      {choice('category', categories.map((category) => ({ value: category, label: t(categoryKey(category)) })), 'tickets.list.anyCategory')}
      {flag('breached', 'tickets.list.onlyBreached')}
      {flag('followUpDue', 'tickets.list.followUpDue')}
      {flag('unassigned', 'tickets.list.unassigned')}
    </Flex>
  );
}
