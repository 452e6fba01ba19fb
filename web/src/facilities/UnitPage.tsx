import { ArrowLeftOutlined, LoginOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Select, Spin, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { CustomerPicker, type PickedCustomer } from '../customers/CustomerPicker';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useMoveIn, useMoveOut, useUnit } from './api';
import { CustomerLink } from './CustomerLink';
import { MoveDialog } from './MoveDialog';
import { occupancyRoles, type DownEquipment, type Occupancy, type OccupancyRole, type Unit } from './types';

/** A unit: its address, who holds it now (with move-in and move-out for the front desk), its history of moves and the equipment down. */
export function UnitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const unit = useUnit(id);
  const canMove = hasPermission(useSignedInUser(), 'facilities:occupancy');

  if (unit.isPending) return <Spin />;
  if (unit.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: unit.error.message })} />;
  const found = unit.data;
  return (
    <Flex vertical gap={16}>
      <Link to={`/facilities/buildings/${found.buildingId}?floor=${found.floor}`}>
        <ArrowLeftOutlined /> {t('facilities.unit.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {found.label} <Tag color={found.vacant ? 'default' : 'blue'}>{t(found.vacant ? 'facilities.unit.vacant' : 'facilities.unit.occupied')}</Tag>
      </Typography.Title>
      <Card>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('facilities.unit.fullNumber')}>{found.fullNumber}</Descriptions.Item>
          <Descriptions.Item label={t('facilities.unit.floor')}>{found.floor}</Descriptions.Item>
          <Descriptions.Item label={t('facilities.unit.area')}>
            {found.areaSquareMetres ? t('facilities.unit.areaValue', { value: found.areaSquareMetres }) : t('common.none')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <EquipmentDown items={found.equipmentDown ?? []} />
      <Holders unit={found} canMove={canMove} />
      <Card title={t('facilities.unit.history')}>
        <Moves occupancies={found.history} empty={t('facilities.unit.noHistory')} />
      </Card>
    </Flex>
  );
}

function EquipmentDown({ items }: { items: DownEquipment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card title={t('facilities.unit.equipmentDown')}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('facilities.unit.noEquipmentDown')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {items.map((equipment) => (
            <Alert
              key={equipment.id}
              type="warning"
              showIcon
              title={<Link to={`/facilities/equipment/${equipment.id}`}>{equipment.name}</Link>}
              description={`${t(`facilities.type.${equipment.type}`)} · ${t('facilities.unit.downSince', { time: formatDateTime(equipment.downSince, language) })}${equipment.reason ? ` · ${equipment.reason}` : ''}`}
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}

interface MoveInValues {
  customer: PickedCustomer;
  role: OccupancyRole;
}

function Holders({ unit, canMove }: { unit: Unit; canMove: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const moveIn = useMoveIn(unit.id);
  const moveOut = useMoveOut(unit.id);
  const [movingIn, setMovingIn] = useState(false);
  const [movingOut, setMovingOut] = useState<Occupancy>();

  const sendMoveIn = async ({ customer, role, movedInAt }: MoveInValues & { movedInAt: Dayjs }) => {
    await moveIn.mutateAsync({ customerId: customer.value, role, movedInAt: movedInAt.toISOString() });
    void message.success(t('facilities.unit.movedIn'));
    setMovingIn(false);
  };
  const sendMoveOut = async ({ movedOutAt }: { movedOutAt: Dayjs }) => {
    await moveOut.mutateAsync({ customerId: movingOut!.customerId, movedOutAt: movedOutAt.toISOString() });
    void message.success(t('facilities.unit.movedOut'));
    setMovingOut(undefined);
  };

  return (
    <Card
      title={t('facilities.unit.occupants')}
      extra={
        canMove && (
          <Button icon={<LoginOutlined />} onClick={() => setMovingIn(true)}>
            {t('facilities.unit.moveIn')}
          </Button>
        )
      }
    >
      <Moves
        occupancies={unit.occupants}
        empty={t('facilities.unit.noOccupants')}
        action={canMove ? (occupancy) => <Button size="small" onClick={() => setMovingOut(occupancy)}>{t('facilities.unit.moveOut')}</Button> : undefined}
      />
      <MoveDialog<MoveInValues> title={movingIn ? t('facilities.unit.moveIn') : undefined} dateField="movedInAt" saving={moveIn.isPending} onCancel={() => setMovingIn(false)} onSubmit={sendMoveIn}>
        <Form.Item name="customer" label={t('facilities.moveIn.customer')} rules={[{ required: true, message: t('facilities.moveIn.customerRequired') }]}>
          <CustomerPicker placeholder={t('facilities.moveIn.customer')} />
        </Form.Item>
        <Form.Item name="role" label={t('facilities.moveIn.role')} initialValue="Owner" rules={[{ required: true }]}>
          <Select options={occupancyRoles.map((role) => ({ value: role, label: t(`facilities.role.${role}`) }))} />
        </Form.Item>
      </MoveDialog>
      <MoveDialog<object> title={movingOut && t('facilities.unit.moveOut')} dateField="movedOutAt" saving={moveOut.isPending} onCancel={() => setMovingOut(undefined)} onSubmit={sendMoveOut} />
    </Card>
  );
}

function Moves({ occupancies, empty, action }: { occupancies: Occupancy[]; empty: string; action?: (occupancy: Occupancy) => ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<Occupancy>
      rowKey={(o) => `${o.customerId}-${o.role}-${o.movedInAt}`}
      size="small"
      pagination={false}
      dataSource={occupancies}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      columns={[
        { key: 'customer', title: t('facilities.unit.column.customer'), render: (_, o) => <CustomerLink id={o.customerId} /> },
        { key: 'role', title: t('facilities.unit.column.role'), render: (_, o) => t(`facilities.role.${o.role}`) },
        { key: 'movedInAt', title: t('facilities.unit.column.movedInAt'), render: (_, o) => formatDateTime(o.movedInAt, language) },
        { key: 'movedOutAt', title: t('facilities.unit.column.movedOutAt'), render: (_, o) => (o.movedOutAt ? formatDateTime(o.movedOutAt, language) : t('common.none')) },
        ...(action ? [{ key: 'action', title: '', render: (_: unknown, o: Occupancy) => action(o) }] : []),
      ]}
    />
  );
}
