import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { localizedProblem } from '../shared/localizedProblem';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { ReasonDialog } from '../tickets/ReasonDialog';
import { useChangeEquipmentStatus, useEquipment } from './api';
import { CertificateTag } from './CertificateTag';
import { EquipmentStatusTag } from './EquipmentStatusTag';
import type { Downtime, Equipment, EquipmentStatus } from './types';

/** One piece of equipment: its certificate, whether it is up (reported down with a reason, back up after a confirmation) and its downtimes. */
export function EquipmentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const found = useEquipment(id);
  const canOperate = hasPermission(useSignedInUser(), 'facilities:operate');

  if (found.isPending) return <Spin />;
  if (found.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: found.error.message })} />;
  const { equipment, downtimes } = found.data;
  return (
    <Flex vertical gap={16}>
      <Link to="/facilities/equipment">
        <ArrowLeftOutlined /> {t('facilities.equipment.back')}
      </Link>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {equipment.name} <Tag>{t(`facilities.type.${equipment.type}`)}</Tag> <EquipmentStatusTag status={equipment.status} />
        </Typography.Title>
        {canOperate && <StatusToggle equipment={equipment} />}
      </Flex>
      <Card>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('facilities.equipment.column.certificate')}>
            <CertificateTag equipment={equipment} />
          </Descriptions.Item>
          <Descriptions.Item label={t('facilities.equipment.column.contractor')}>{equipment.contractor ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('facilities.equipment.downtimes')}>
        <Table<Downtime>
          rowKey="startedAt"
          size="small"
          pagination={false}
          dataSource={downtimes}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.equipment.noDowntimes')} /> }}
          columns={[
            { key: 'startedAt', title: t('facilities.equipment.startedAt'), render: (_, d) => formatDateTime(d.startedAt, language) },
            { key: 'endedAt', title: t('facilities.equipment.endedAt'), render: (_, d) => (d.endedAt ? formatDateTime(d.endedAt, language) : <Tag color="error">{t('facilities.equipment.ongoing')}</Tag>) },
            { key: 'reason', title: t('facilities.equipment.reason'), render: (_, d) => d.reason ?? t('common.none') },
          ]}
        />
      </Card>
    </Flex>
  );
}

/** Down asks why; back up asks to confirm. A refusal (someone changed it meanwhile) is said, and the page shows the status now. */
function StatusToggle({ equipment }: { equipment: Equipment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeEquipmentStatus(equipment.id);
  const [askingWhy, setAskingWhy] = useState(false);

  const send = async (status: EquipmentStatus, reason?: string) => {
    try {
      await change.mutateAsync({ status, reason });
      void message.success(t(status === 'Down' ? 'facilities.equipment.markedDown' : 'facilities.equipment.markedUp', { name: equipment.name }));
      setAskingWhy(false);
    } catch (error) {
      void message.error(localizedProblem(t, error).detail);
    }
  };

  if (equipment.status === 'Up') {
    return (
      <>
        <Button danger onClick={() => setAskingWhy(true)}>
          {t('facilities.equipment.markDown')}
        </Button>
        <ReasonDialog
          action={askingWhy ? t('facilities.equipment.markDown') : undefined}
          label={t('facilities.equipment.downReason')}
          saving={change.isPending}
          onCancel={() => setAskingWhy(false)}
          onConfirm={(reason) => void send('Down', reason)}
        />
      </>
    );
  }
  return (
    <Popconfirm title={t('facilities.equipment.confirmUp', { name: equipment.name })} onConfirm={() => send('Up')}>
      <Button type="primary" loading={change.isPending}>
        {t('facilities.equipment.markUp')}
      </Button>
    </Popconfirm>
  );
}
