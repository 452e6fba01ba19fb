import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentStatus } from './types';

export function EquipmentStatusTag({ status }: { status: EquipmentStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'Up' ? 'success' : 'error'}>{t(`facilities.status.${status}`)}</Tag>;
}
