import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPolicy } from '../../api/types';
import { hasPermission } from '../../auth/permissions';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { useCalendars } from '../calendars/useCalendars';
import { localizedProblem } from '../../shared/localizedProblem';
import { PageHeader } from '../../shared/PageHeader';
import { PolicyDrawer } from './PolicyDrawer';
import { PolicyTable } from './PolicyTable';
import { PolicyTester } from './PolicyTester';
import { usePolicies, useReorderPolicies } from './usePolicies';

/** 时限策略: the deadline rules, tried in order, and a tester showing which one an item would get. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useSignedInUser(), 'sla:manage');
  const [showRetired, setShowRetired] = useState(false);
  const policies = usePolicies(showRetired);
  const calendars = useCalendars();
  const reorder = useReorderPolicies();
  const [editing, setEditing] = useState<SlaPolicy | 'new'>();
  const list = policies.data ?? [];

  const move = (policyIds: string[]) =>
    reorder.mutate(policyIds, {
      onSuccess: () => void message.success(t('sla.policy.reordered')),
      onError: (error) => void message.error(localizedProblem(t, error).detail),
    });

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="sla.policy.title" subtitleKey="sla.policy.subtitle">
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('sla.policy.create')}
          </Button>
        )}
      </PageHeader>
      <Card
        title={t('sla.policy.listTitle')}
        extra={
          <Flex gap={8} align="center">
            <Switch size="small" checked={showRetired} onChange={setShowRetired} aria-label={t('sla.policy.showRetired')} />
            <Typography.Text>{t('sla.policy.showRetired')}</Typography.Text>
          </Flex>
        }
      >
        {canManage && <Typography.Paragraph type="secondary">{t('sla.policy.dragHint')}</Typography.Paragraph>}
        {policies.error && <Alert type="error" showIcon title={policies.error.message} style={{ marginBottom: 16 }} />}
        <PolicyTable
          policies={list}
          calendars={calendars.data ?? []}
          loading={policies.isFetching}
          manageable={canManage}
          onReorder={move}
          onEdit={setEditing}
        />
      </Card>
      <PolicyTester />
      {canManage && (
        <PolicyDrawer editing={editing} newOrder={orderBeforeCatchAll(list)} calendars={calendars.data ?? []} onClose={() => setEditing(undefined)} />
      )}
    </Flex>
  );
}

/** Where a new policy goes unless told otherwise: just before a last catch-all rule, else after the last rule. */
function orderBeforeCatchAll(policies: SlaPolicy[]): number {
  const active = policies.filter((policy) => !policy.retired);
  const last = active.at(-1);
  if (!last) return 10;
  const catchAll = Object.values(last.match).every((condition) => condition === null || condition === undefined);
  return catchAll ? Math.max(0, last.order - 1) : last.order + 10;
}
