import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MySession } from '../api/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useEndMySession, useEndOtherSessions, useMySessions } from './useMySessions';

/** Where I am signed in: each session's device, address, start and last use; ending one, or all but this one. */
export function MySessionsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const sessions = useMySessions();
  const endOne = useEndMySession();
  const endOthers = useEndOtherSessions();
  const others = (sessions.data ?? []).filter((session) => !session.current);

  const done = (promise: Promise<unknown>, key: string) =>
    promise.then(
      () => void message.success(t(key)),
      (error: Error) => void message.error(error.message),
    );

  const columns: ColumnsType<MySession> = [
    {
      key: 'device',
      title: t('sessions.column.device'),
      render: (_, session) => (
        <Flex gap={8} align="center">
          {session.device}
          {session.current && <Tag color="blue">{t('sessions.current')}</Tag>}
        </Flex>
      ),
    },
    { key: 'address', title: t('sessions.column.address'), render: (_, session) => session.address ?? '—' },
    { key: 'createdAt', title: t('sessions.column.createdAt'), render: (_, session) => formatDateTime(session.createdAt, i18n.language) },
    { key: 'lastUsedAt', title: t('sessions.column.lastUsedAt'), render: (_, session) => formatDateTime(session.lastUsedAt, i18n.language) },
    {
      key: 'actions',
      title: t('sessions.column.actions'),
      render: (_, session) =>
        !session.current && (
          <Popconfirm
            title={t('sessions.confirmEnd', { device: session.device })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => done(endOne.mutateAsync(session.id), 'sessions.ended')}
          >
            <Button type="link" size="small" danger>
              {t('sessions.end')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('sessions.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('sessions.subtitle')}</Typography.Text>
        </div>
        <Popconfirm
          title={t('sessions.confirmEndOthers')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => done(endOthers.mutateAsync(), 'sessions.othersEnded')}
          disabled={others.length === 0}
        >
          <Button danger disabled={others.length === 0}>
            {t('sessions.endOthers')}
          </Button>
        </Popconfirm>
      </Flex>
      <Card>
        {sessions.error && <Alert type="error" showIcon title={t('sessions.loadFailed', { reason: sessions.error.message })} />}
        <Table rowKey="id" columns={columns} dataSource={sessions.data} loading={sessions.isFetching} pagination={false} />
      </Card>
    </Flex>
  );
}
