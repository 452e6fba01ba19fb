import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerList } from './api';
import { useDebouncedValue } from '../shared/useDebouncedValue';

/** A customer and how the picker showed it. */
export interface PickedCustomer {
  value: string;
  label: string;
}

interface Props {
  /** The id a form's label points at. */
  id?: string;
  placeholder?: string;
  value?: PickedCustomer;
  onChange?: (customer: PickedCustomer | undefined) => void;
}

/** Picks a customer, searched on the server by name, phone or customer number. */
export function CustomerPicker({ id, placeholder, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useCustomerList({ search: useDebouncedValue(search.trim()) || undefined });

  return (
    <Select<PickedCustomer>
      id={id}
      labelInValue
      allowClear
      value={value}
      aria-label={t('customers.access.customer')}
      placeholder={placeholder ?? t('customers.access.anyCustomer')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={found.items.map((customer) => ({ value: customer.id, label: `${customer.name}（${customer.number}）` }))}
      onChange={onChange}
      style={{ width: 320 }}
    />
  );
}
