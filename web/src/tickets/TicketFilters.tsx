import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { categories, priorities, statuses } from './types';
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
      <Select
        mode="multiple"
        allowClear
        placeholder={t('tickets.list.anyStatus')}
        aria-label={t('tickets.list.column.status')}
        value={filter.status}
        options={statuses.map((status) => ({ value: status, label: t(`tickets.status.${status}`) }))}
        onChange={(status) => onChange({ status })}
        style={{ minWidth: 200 }}
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('tickets.list.anyPriority')}
        aria-label={t('tickets.list.column.priority')}
        value={filter.priority}
        options={priorities.map((priority) => ({ value: priority, label: t(`tickets.priority.${priority}`) }))}
        onChange={(priority) => onChange({ priority })}
        style={{ minWidth: 160 }}
      />
      <Select
        allowClear
        placeholder={t('tickets.list.anyCategory')}
        aria-label={t('tickets.list.column.category')}
        value={filter.category}
        options={categories.map((category) => ({ value: category, label: t(`skills.${category.toLowerCase()}`) }))}
        onChange={(category) => onChange({ category })}
        style={{ width: 140 }}
      />
      {flag('breached', 'tickets.list.onlyBreached')}
      {flag('followUpDue', 'tickets.list.followUpDue')}
      {flag('unassigned', 'tickets.list.unassigned')}
    </Flex>
  );
}
