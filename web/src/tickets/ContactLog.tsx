import { Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useLogContact, useTicketContacts } from './api';
import { ContactForm, type ContactLogging } from './ContactForm';
import type { TicketContact } from './types';

interface Props {
  ticketId: string;
  /** Whether a contact may be logged now (the ticket's status allows it and the user may work tickets). */
  canLog: boolean;
}

/** A logged contact as tickets and complaints both answer it. */
export type LoggedContact = Pick<TicketContact, 'id' | 'at' | 'method' | 'outcome' | 'handlerName' | 'note' | 'smsMessageId' | 'warnings'>;

/** The ticket's 联系记录. */
export function ContactLog({ ticketId, canLog }: Props) {
  const contacts = useTicketContacts(ticketId);
  const log = useLogContact(ticketId);
  return <ContactHistory contacts={contacts} log={canLog ? log : undefined} />;
}

interface HistoryProps {
  contacts: { data?: LoggedContact[]; isFetching: boolean };
  /** How to log another; none when a contact may not be logged now. */
  log?: ContactLogging;
}

/** 联系记录: every contact with the customer, newest first, and the form to log another. */
export function ContactHistory({ contacts, log }: HistoryProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <Flex vertical gap={16}>
      {log && <ContactForm log={log} />}
      <Table<LoggedContact>
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
          {
            key: 'note',
            title: t('tickets.contact.note'),
            render: (_, c) => (
              <>
                {c.note}
                {c.warnings.map((phrase) => (
                  <Tag key={phrase} color="warning" style={{ marginLeft: 8 }} title={t('tickets.contact.forbidden')}>
                    {phrase}
                  </Tag>
                ))}
              </>
            ),
          },
        ]}
      />
    </Flex>
  );
}
