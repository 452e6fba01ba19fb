import { Alert, App, Button, Card, Flex, Popconfirm, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useGradingActions, useGradingRun, useGradingRuns } from './api';
import { TierChart } from './TierChart';
import type { GradingEntry } from './types';

export function GradingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const user = useSignedInUser();
  const runs = useGradingRuns();
  const [chosen, setChosen] = useState<string>();
  const selectedId = chosen ?? runs.data?.items[0]?.id;
  const run = useGradingRun(selectedId);
  const { start, approve } = useGradingActions();
  const failure = start.error ?? approve.error;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('customers.grading.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('customers.grading.subtitle')}</Typography.Text>
        </div>
        {hasPermission(user, 'customers:grade') && (
          <Button
            type="primary"
            loading={start.isPending}
            onClick={() => start.mutate(undefined, { onSuccess: (made) => (setChosen(made.id), void message.success(t('customers.grading.started'))) })}
          >
            {t('customers.grading.start')}
          </Button>
        )}
      </Flex>
      {failure && <Alert type="error" showIcon title={failure.message} />}
      <Flex gap={16} align="flex-start">
        <Card title={t('customers.grading.runs')} style={{ width: 280 }}>
          {runs.data?.items.length === 0 && <Typography.Text type="secondary">{t('customers.grading.none')}</Typography.Text>}
          <Flex vertical gap={8}>
            {runs.data?.items.map((item) => (
              <Button key={item.id} type={item.id === selectedId ? 'primary' : 'text'} ghost={item.id === selectedId} onClick={() => setChosen(item.id)}>
                {formatDateTime(item.startedAt, language)} <Tag>{t(`customers.grading.status.${item.status}`)}</Tag>
              </Button>
            ))}
          </Flex>
        </Card>
        {run.data && (
          <Card
            style={{ flex: 1 }}
            title={
              <>
                {formatDateTime(run.data.startedAt, language)} <Tag>{t(`customers.grading.status.${run.data.status}`)}</Tag>
                {t('customers.grading.count', { count: run.data.count })}
              </>
            }
            extra={
              run.data.status === 'Proposed' &&
              hasPermission(user, 'customers:approve-grading') && (
                <Popconfirm
                  title={t('customers.grading.confirmApprove')}
                  onConfirm={() => approve.mutate(run.data.id, { onSuccess: () => void message.success(t('customers.grading.approved')) })}
                >
                  <Button type="primary" loading={approve.isPending}>
                    {t('customers.grading.approve')}
                  </Button>
                </Popconfirm>
              )
            }
          >
            <Typography.Title level={5}>{t('customers.grading.distribution')}</Typography.Title>
            <Flex gap={32}>
              {[1, 2, 3].map((tier) => (
                <Statistic key={tier} title={t(`customers.tier.${tier}`)} value={run.data.distribution[`tier${tier}` as 'tier1' | 'tier2' | 'tier3']} />
              ))}
            </Flex>
            <TierChart run={run.data} />
            <Table<GradingEntry>
              rowKey="customerId"
              size="small"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={run.data.entries ?? []}
              columns={[
                { key: 'rank', title: t('customers.grading.column.rank'), dataIndex: 'rank' },
                { key: 'name', title: t('customers.grading.column.name'), render: (_, e) => <Link to={`/customers/${e.customerId}`}>{e.name}</Link> },
                { key: 'total', title: t('customers.grading.column.total'), dataIndex: 'total' },
                { key: 'previous', title: t('customers.grading.column.previous'), render: (_, e) => (e.previousTier ? t(`customers.tier.${e.previousTier}`) : t('customers.tier.none')) },
                { key: 'proposed', title: t('customers.grading.column.proposed'), render: (_, e) => <Tag color={e.proposedTier === 1 ? 'gold' : undefined}>{t(`customers.tier.${e.proposedTier}`)}</Tag> },
                { key: 'warning', title: t('customers.grading.column.warning'), render: (_, e) => e.managerBelowManager && <Tag color="orange">{t('customers.grading.managerWarning')}</Tag> },
              ]}
            />
          </Card>
        )}
      </Flex>
    </Flex>
  );
}
