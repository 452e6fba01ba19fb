import { Alert, Button, Empty, Flex, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { PageHeader } from '../shared/PageHeader';
import { useOutgoingMessages, type OutgoingMessage } from './api';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 短信记录: the text messages and e-mails sent (recipients masked), newest first; those about one ticket or complaint when filtered. */
export function MessagesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const relatedItemId = params.get('relatedItemId') ?? undefined;
  const list = useOutgoingMessages(relatedItemId);

  const [invalidFilter, setInvalidFilter] = useState(false);

  const filter = (text: string) => {
    const id = text.trim();
    setInvalidFilter(id !== '' && !uuid.test(id));
    if (id === '' || uuid.test(id)) setParams(id ? { relatedItemId: id } : {});
  };

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="tickets.messages.title" subtitleKey="tickets.messages.subtitle" />
      <Input.Search
        allowClear
        defaultValue={relatedItemId}
        placeholder={t('tickets.messages.relatedPlaceholder')}
        aria-label={t('tickets.messages.related')}
        enterButton={t('tickets.messages.filter')}
        style={{ maxWidth: 520 }}
        status={invalidFilter ? 'error' : undefined}
        onSearch={filter}
      />
      {invalidFilter && <Typography.Text type="danger">{t('tickets.messages.invalidId')}</Typography.Text>}
      {list.error && <Alert type="error" showIcon title={t('tickets.messages.loadFailed', { reason: list.error.message })} />}
      <Table<OutgoingMessage>
        size="small"
        rowKey="id"
        loading={list.isPending}
        pagination={false}
        dataSource={list.messages}
        locale={{ emptyText: <Empty description={t('tickets.messages.empty')} /> }}
        columns={[
          { key: 'time', title: t('tickets.messages.time'), render: (_, message) => formatDateTime(message.sentAt ?? message.createdAt, language), width: 150 },
          { key: 'channel', title: t('tickets.messages.channel'), render: (_, message) => t(`tickets.messages.channelName.${message.channel}`), width: 70 },
          { key: 'recipient', title: t('tickets.messages.recipient'), dataIndex: 'recipient', width: 170 },
          { key: 'template', title: t('tickets.messages.template'), dataIndex: 'templateKey', width: 160 },
          { key: 'text', title: t('tickets.messages.text'), render: (_, message) => message.subject ?? message.text },
          {
            key: 'status',
            title: t('tickets.messages.statusLabel'),
            width: 110,
            render: (_, message) => (
              <Flex vertical>
                <Tag color={message.status === 'Sent' ? 'success' : 'processing'}>{t(`tickets.messages.status.${message.status}`)}</Tag>
                {message.lastError && <Typography.Text type="danger">{message.lastError}</Typography.Text>}
              </Flex>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('tickets.messages.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
