import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { deskDay } from '../i18n/formatDateTime';
import { PageHeader } from '../shared/PageHeader';
import { useMaintenancePlans } from './maintenanceApi';
import { MaintenancePlanDrawer } from './MaintenancePlanDrawer';
import { nextDueDates } from './nextDueDates';
import type { MaintenancePlan } from './types';

type Occurrence = MaintenancePlan['history'][number];
const outcomeColors: Record<Occurrence['outcome'], string> = { Open: 'blue', OnTime: 'green', Late: 'red' };

/** 维保计划: preventive maintenance of equipment or places, its next due dates and whether each work order was done on time. */
export function MaintenancePlansPage() {
  const { t } = useTranslation();
  const canWrite = hasPermission(useSignedInUser(), 'facilities:write');
  const plans = useMaintenancePlans();
  const [creating, setCreating] = useState(false);
  const today = deskDay();

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="facilities.plans.title" subtitleKey="facilities.plans.subtitle">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('facilities.plans.create')}
          </Button>
        )}
      </PageHeader>
      {plans.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: plans.error.message })} />}
      <Card>
        <Table<MaintenancePlan>
          rowKey="id"
          pagination={false}
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          locale={{ emptyText: t('facilities.plans.empty') }}
          expandable={{ expandedRowRender: (plan) => <History history={plan.history} /> }}
          columns={[
            { key: 'name', title: t('facilities.plans.name'), dataIndex: 'name' },
            { key: 'place', title: t('facilities.plans.place'), dataIndex: 'place' },
            { key: 'recurrence', title: t('facilities.plans.recurrence'), render: (_, p) => t(`facilities.recurrence.${p.recurrence}`) },
            { key: 'next', title: t('facilities.plans.next'), render: (_, p) => nextDueDates(p.firstDueOn, p.recurrence, today).join('、') },
            { key: 'lead', title: t('facilities.plans.leadDays'), render: (_, p) => t('facilities.plans.leadDaysValue', { count: p.leadDays }) },
          ]}
        />
      </Card>
      <MaintenancePlanDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}

function History({ history }: { history: Occurrence[] }) {
  const { t } = useTranslation();
  return (
    <Table<Occurrence>
      rowKey="ticketId"
      size="small"
      pagination={false}
      dataSource={history}
      locale={{ emptyText: t('facilities.plans.noHistory') }}
      columns={[
        { key: 'due', title: t('facilities.plans.dueOn'), render: (_, o) => o.workingDueOn },
        { key: 'ticket', title: t('facilities.report.ticket'), render: (_, o) => <Link to={`/tickets/${o.ticketId}`}>{o.ticketNumber}</Link> },
        { key: 'done', title: t('facilities.plans.doneOn'), render: (_, o) => o.doneOn ?? t('common.none') },
        { key: 'outcome', title: t('facilities.plans.outcome'), render: (_, o) => <Tag color={outcomeColors[o.outcome]}>{t(`facilities.outcome.${o.outcome}`)}</Tag> },
      ]}
    />
  );
}
