import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffRole } from '../api/types';
import { describeStaff } from './StaffName';
import { useDebouncedValue } from './useDebouncedValue';
import { useStaffMember, useStaffSearch } from './useStaff';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (staffId: string | null) => void;
  /** Offer only staff holding one of these roles (the one already chosen stays shown). */
  roles?: StaffRole[];
}

/** A form control that picks an active staff member, searched on the server by name, username or service number. */
export function StaffPicker({ id, value, onChange, roles }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useStaffSearch(useDebouncedValue(search.trim()));
  const chosen = useStaffMember(value).data;
  const offered = (found.data?.items ?? []).filter((member) => !roles || member.roles.some((role) => roles.includes(role)));
  const staff = withoutRepeats([...(chosen ? [chosen] : []), ...offered]);

  return (
    <Select<string>
      id={id}
      allowClear
      value={value ?? undefined}
      placeholder={t('customers.staff.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('customers.staff.none')}
      options={staff.map((member) => ({ value: member.id, label: describeStaff(member, t) }))}
      onChange={(staffId) => onChange?.(staffId ?? null)}
    />
  );
}

function withoutRepeats(staff: Staff[]): Staff[] {
  return staff.filter((member, index) => staff.findIndex((other) => other.id === member.id) === index);
}
