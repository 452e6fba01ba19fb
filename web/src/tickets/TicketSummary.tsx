import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatWindow } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { categoryKey, type Ticket } from './types';

/** Who reported what, where and when, and what was agreed (约定处理时间, 预约上门, 有偿服务). */
export function TicketSummary({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('common.none');
  const roundId = roundOf(ticket.origin);
  const place = [ticket.unitId, ticket.location].filter(Boolean).join(' · ');
  const reasons = [
    ['tickets.detail.resolutionSummary', ticket.resolutionSummary],
    ['tickets.detail.pendingReason', ticket.pendingReason],
    ['tickets.detail.cancelReason', ticket.cancelReason],
  ] as const;

  return (
    <Descriptions column={{ xs: 1, lg: 2 }} size="small">
      <Descriptions.Item label={t('tickets.detail.customer')}>
        <Flex gap={8}>
          <Link to={`/customers/${ticket.customerId}`}>{ticket.customerName}</Link>
          {ticket.customerPhone && <Typography.Text type="secondary">{ticket.customerPhone}</Typography.Text>}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.kindAndChannel')}>
        {t(`tickets.kind.${ticket.kind}`)} · {t(`tickets.channel.${ticket.channel}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.category')}>
        {t(categoryKey(ticket.category))} · {t(`sla.complexity.${ticket.complexity}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.unit')}>{place || none}</Descriptions.Item>
      {roundId && (
        <Descriptions.Item label={t('tickets.detail.origin')}>
          <Link to={`/facilities/rounds/${roundId}`}>{t('tickets.detail.fromRound')}</Link>
        </Descriptions.Item>
      )}
      {ticket.outages.length > 0 && (
        <Descriptions.Item label={t('tickets.detail.outages')}>
          {ticket.outages.map((outage) => (
            <Tag key={outage.outageId} color="red">
              {outage.title}
            </Tag>
          ))}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('tickets.detail.promisedAt')}>{ticket.promisedAt ? formatDateTime(ticket.promisedAt, language) : none}</Descriptions.Item>
      {ticket.appointmentFrom && ticket.appointmentTo && (
        <Descriptions.Item label={t('tickets.field.appointment')}>{formatWindow(ticket.appointmentFrom, ticket.appointmentTo, language)}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('tickets.detail.fee')}>
        {ticket.chargeable ? `${t('tickets.intake.chargeable')} ¥${(ticket.fee ?? 0).toFixed(2)}` : t('tickets.detail.free')}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.createdAt')}>{formatDateTime(ticket.createdAt, language)}</Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.description')} span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{ticket.description}</Typography.Paragraph>
      </Descriptions.Item>
      {reasons.map(
        ([labelKey, text]) =>
          text && (
            <Descriptions.Item key={labelKey} label={t(labelKey)} span={2}>
              {text}
            </Descriptions.Item>
          ),
      )}
    </Descriptions>
  );
}

const roundOrigin = /^inspection-round:([0-9a-f-]{36})\//;

/** The inspection round whose failed item opened the ticket, from its origin (`inspection-round:{id}/item:{itemId}`). */
function roundOf(origin?: string | null): string | undefined {
  return origin ? roundOrigin.exec(origin)?.[1] : undefined;
}
