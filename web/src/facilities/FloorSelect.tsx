import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBuilding } from './api';

/** Floors of a building that has units, chosen several at a time; a form item's control. */
export function FloorSelect({ buildingId, id, value, onChange }: { buildingId: string; id?: string; value?: number[]; onChange?: (floors: number[]) => void }) {
  const { t } = useTranslation();
  const building = useBuilding(buildingId);
  const options = (building.data?.floorSummaries ?? []).map(({ floor }) => ({ value: floor, label: t('facilities.building.floor', { floor }) }));
  return <Select<number[]> id={id} mode="multiple" loading={building.isPending} options={options} value={value} onChange={onChange} />;
}
