import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { useUnitSearch, useUnits } from './api';

interface Props {
  /** The id a form's label points at. */
  id?: string;
  value?: string[];
  onChange?: (unitIds: string[]) => void;
}

/** Picks units by number (3-2-1502), searched on the server; the units already picked show by their address. */
export function UnitPicker({ id, value = [], onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useUnitSearch(useDebouncedValue(search.trim()));
  const picked = useUnits(value);
  const labels = new Map(value.map((unitId, i) => [unitId, picked[i]?.data?.label ?? unitId]));
  found.data?.items.forEach((unit) => labels.set(unit.id, unit.label));

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      placeholder={t('facilities.picker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={search.trim() && !found.isFetching ? t('facilities.picker.notFound') : null}
      options={[...labels].map(([unitId, label]) => ({ value: unitId, label }))}
      onChange={(unitIds) => onChange?.(unitIds)}
    />
  );
}
