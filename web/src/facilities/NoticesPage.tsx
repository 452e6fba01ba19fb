import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { PageHeader } from '../shared/PageHeader';
import { PagedTable } from '../shared/PagedTable';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { NoticeDetailDrawer } from './NoticeDetailDrawer';
import { NoticeDrawer } from './NoticeDrawer';
import { useNotices } from './noticeApi';
import { noticeKinds, type NoticeKind, type SentNotice } from './types';

/** 通知公告: the numbered notices sent, outages' own included; opening one shows its deliveries per unit and records receipts. */
export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const [kind, setKind] = useState<NoticeKind>();
  const [q, setQ] = useState('');
  const notices = useNotices(kind, useDebouncedValue(q.trim()));
  const [sending, setSending] = useState(false);
  const [opened, setOpened] = useState<string>();

  const columns: TableColumnsType<SentNotice> = [
    { key: 'number', title: t('facilities.notices.number'), render: (_, n) => <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(n.id)}>{n.number}</Button> },
    { key: 'kind', title: t('facilities.notices.kind'), render: (_, n) => t(`facilities.noticeKind.${n.kind}`) },
    { key: 'title', title: t('facilities.notices.titleField'), dataIndex: 'title' },
    { key: 'scope', title: t('facilities.notices.scope'), render: (_, n) => t('facilities.outages.scopeValue', { scope: n.scope.join('、'), count: n.units }) },
    { key: 'channels', title: t('facilities.notices.channels'), render: (_, n) => n.channels.map((c) => <Tag key={c}>{t(`facilities.noticeChannel.${c}`)}</Tag>) },
    { key: 'sentAt', title: t('facilities.notices.sentAt'), render: (_, n) => formatDateTime(n.sentAt, i18n.language) },
    { key: 'acknowledged', title: t('facilities.notices.acknowledged'), render: (_, n) => t('facilities.notices.acknowledgedValue', { count: n.acknowledged, units: n.units }) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="facilities.notices.title" subtitleKey="facilities.notices.subtitle">
        {hasPermission(user, 'notices:send') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setSending(true)}>{t('facilities.notices.create')}</Button>
        )}
      </PageHeader>
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Select<NoticeKind> allowClear placeholder={t('facilities.notices.allKinds')} style={{ width: 160 }} value={kind} onChange={setKind}
            options={noticeKinds.map((k) => ({ value: k, label: t(`facilities.noticeKind.${k}`) }))} />
          <Input.Search allowClear placeholder={t('facilities.notices.search')} style={{ width: 260 }} value={q} onChange={(e) => setQ(e.target.value)} />
        </Flex>
        <PagedTable<SentNotice> list={notices} columns={columns} empty={t('facilities.notices.empty')} loadFailed={(reason) => t('facilities.loadFailed', { reason })} loadMore={t('facilities.loadMore')} />
      </Card>
      <NoticeDrawer open={sending} onClose={() => setSending(false)} onSent={setOpened} />
      <NoticeDetailDrawer id={opened} canAcknowledge={hasPermission(user, 'facilities:occupancy')} onClose={() => setOpened(undefined)} />
    </Flex>
  );
}
