import { Alert, Card, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { PageHeader } from '../../shared/PageHeader';
import { useWaitingExtensions, type Extension } from './api';
import { DecisionButtons } from './DecisionButtons';

const pathOf = { Ticket: 'tickets', Complaint: 'complaints', Callback: 'callbacks' } as const;

/** 延期审批: the requests to move a deadline that wait for the caller's decision, oldest first. */
export function ExtensionQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const extensions = useWaitingExtensions();

  const columns: TableColumnsType<Extension> = [
    { key: 'itemType', title: t('sla.escalation.column.itemType'), render: (_, { itemType }) => t(`sla.workType.${itemType}`) },
    {
      key: 'item',
      title: t('sla.escalation.column.itemId'),
      render: (_, { itemType, itemId }) => <Link to={`/${pathOf[itemType]}/${itemId}`}>{itemId.slice(0, 8)}</Link>,
    },
    { key: 'reason', title: t('sla.extension.reason'), dataIndex: 'reason' },
    { key: 'before', title: t('sla.extension.dueAtWhenAsked'), render: (_, { dueAtWhenAsked }) => formatDateTime(dueAtWhenAsked, language) },
    { key: 'newDueAt', title: t('sla.extension.newDueAt'), render: (_, { newDueAt }) => formatDateTime(newDueAt, language) },
    { key: 'requestedAt', title: t('sla.extension.requestedAt'), render: (_, { requestedAt }) => formatDateTime(requestedAt, language) },
    { key: 'decide', title: t('sla.escalation.column.actions'), render: (_, extension) => <DecisionButtons extension={extension} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="sla.extension.queueTitle" subtitleKey="sla.extension.queueSubtitle" />
      <Card>
        {extensions.error && <Alert type="error" showIcon title={extensions.error.message} style={{ marginBottom: 16 }} />}
        <Table<Extension>
          rowKey="id"
          columns={columns}
          dataSource={extensions.data ?? []}
          loading={extensions.isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sla.extension.queueEmpty')} /> }}
        />
      </Card>
    </Flex>
  );
}
