import { Card, Checkbox, Flex, Select, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PagedTable } from '../shared/PagedTable';
import { useEquipmentList } from './api';
import { CertificateTag, certificateWarningDays } from './CertificateTag';
import { EquipmentStatusTag } from './EquipmentStatusTag';
import { equipmentStatuses, equipmentTypes, type Equipment, type EquipmentQuery } from './types';

/** The equipment register: filtered by type, status, or a certificate about to expire. */
export function EquipmentPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<EquipmentQuery>({});
  const list = useEquipmentList(filter);
  const change = (patch: EquipmentQuery) => setFilter((current) => ({ ...current, ...patch }));

  const columns: TableColumnsType<Equipment> = [
    { key: 'name', title: t('facilities.equipment.column.name'), render: (_, e) => <Link to={`/facilities/equipment/${e.id}`}>{e.name}</Link> },
    { key: 'type', title: t('facilities.equipment.column.type'), render: (_, e) => t(`facilities.type.${e.type}`) },
    { key: 'status', title: t('facilities.equipment.column.status'), render: (_, e) => <EquipmentStatusTag status={e.status} /> },
    { key: 'certificate', title: t('facilities.equipment.column.certificate'), render: (_, e) => <CertificateTag equipment={e} /> },
    { key: 'contractor', title: t('facilities.equipment.column.contractor'), render: (_, e) => e.contractor ?? t('common.none') },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('facilities.equipment.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('facilities.equipment.subtitle')}</Typography.Text>
      </div>
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('facilities.equipment.anyType')}
            aria-label={t('facilities.equipment.column.type')}
            options={equipmentTypes.map((type) => ({ value: type, label: t(`facilities.type.${type}`) }))}
            onChange={(type) => change({ type })}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('facilities.equipment.anyStatus')}
            aria-label={t('facilities.equipment.column.status')}
            options={equipmentStatuses.map((status) => ({ value: status, label: t(`facilities.status.${status}`) }))}
            onChange={(status) => change({ status })}
            style={{ width: 140 }}
          />
          <Checkbox onChange={(e) => change({ certificateExpiresWithinDays: e.target.checked ? certificateWarningDays : undefined })}>
            {t('facilities.equipment.expiringOnly')}
          </Checkbox>
        </Flex>
        <PagedTable<Equipment>
          list={list}
          columns={columns}
          empty={t('facilities.equipment.empty')}
          loadFailed={(reason) => t('facilities.loadFailed', { reason })}
          loadMore={t('facilities.loadMore')}
        />
      </Card>
    </Flex>
  );
}
