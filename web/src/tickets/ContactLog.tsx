import { Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useTicketContacts } from './api';
import { ContactForm } from './ContactForm';
import type { TicketContact } from './types';

interface Props {
  ticketId: string;
  /** Whether a contact may be logged now (the ticket's status allows it and the user may work tickets). */
  canLog: boolean;
}

/** 联系记录: every contact with the customer, newest first, and the form to log another. */
export function ContactLog({ ticketId, canLog }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const contacts = useTicketContacts(ticketId);

  return (
    <Flex vertical gap={16}>
      {canLog && <ContactForm ticketId={ticketId} />}
      <Table<TicketContact>
        rowKey="id"
        size="small"
        pagination={false}
        loading={contacts.isFetching}
        dataSource={[...(contacts.data ?? [])].reverse()}
        locale={{ emptyText: t('tickets.contact.empty') }}
        columns={[
          { key: 'at', title: t('tickets.contact.at'), render: (_, c) => formatDateTime(c.at, language) },
          { key: 'method', title: t('tickets.contact.method'), render: (_, c) => t(`tickets.method.${c.method}`) },
          { key: 'handler', title: t('tickets.contact.handler'), dataIndex: 'handlerName' },
          {
            key: 'outcome',
            title: t('tickets.contact.outcome'),
            render: (_, c) => (
              <>
                <Tag color={c.outcome === 'Reached' ? 'success' : 'warning'}>{t(`tickets.outcome.${c.outcome}`)}</Tag>
                {c.smsMessageId && <Tag>{t('tickets.contact.sms')}</Tag>}
              </>
            ),
          },
          { key: 'note', title: t('tickets.contact.note'), dataIndex: 'note' },
        ]}
      />
    </Flex>
  );
}
