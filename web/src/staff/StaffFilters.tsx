import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Team } from '../api/types';
import { roleNames } from './catalog';
import type { StaffFilter } from './useStaffFilter';

interface Props {
  filter: StaffFilter;
  teams: Team[];
  onChange: (change: Partial<StaffFilter>) => void;
}

type Status = 'all' | 'active' | 'inactive';

export function StaffFilters({ filter, teams, onChange }: Props) {
  const { t } = useTranslation();
  const status: Status = filter.active === undefined ? 'all' : filter.active ? 'active' : 'inactive';

  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        defaultValue={filter.search}
        placeholder={t('staff.searchPlaceholder')}
        aria-label={t('staff.searchPlaceholder')}
        onSearch={(search) => onChange({ search })}
        style={{ width: 280 }}
      />
      <Select
        allowClear
        placeholder={t('staff.anyRole')}
        aria-label={t('staff.column.roles')}
        value={filter.role}
        options={roleNames.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        onChange={(role) => onChange({ role })}
        style={{ width: 160 }}
      />
      <Select
        allowClear
        placeholder={t('staff.anyTeam')}
        aria-label={t('staff.column.team')}
        value={filter.teamId}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        onChange={(teamId) => onChange({ teamId })}
        style={{ width: 180 }}
      />
      <Select<Status>
        aria-label={t('staff.column.status')}
        value={status}
        options={(['all', 'active', 'inactive'] as const).map((value) => ({ value, label: t(`staff.status.${value}`) }))}
        onChange={(value) => onChange({ active: value === 'all' ? undefined : value === 'active' })}
        style={{ width: 140 }}
      />
    </Flex>
  );
}
