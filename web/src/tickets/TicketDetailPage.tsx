import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { CaseCallbacks } from '../callbacks/CaseCallbacks';
import { useSignedInUser } from '../auth/useSignedInUser';
import { ToComplaintButton } from '../complaints/ToComplaintButton';
import { useTicket } from './api';
import { ContactLog } from './ContactLog';
import { DispatchActions } from './dispatch/DispatchActions';
import { PriorityTag } from './PriorityTag';
import { StatusTag } from './StatusTag';
import { CaseExtensions } from '../sla/extensions/CaseExtensions';
import { EscalateButton } from './EscalateButton';
import { TicketActions } from './TicketActions';
import { isOpen } from './TicketDeadlines';
import { TicketSla } from './TicketSla';
import { TicketSummary } from './TicketSummary';
import { TicketTimeline } from './TicketTimeline';

export function TicketDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canWrite = hasPermission(user, 'tickets:write');
  const canDispatch = hasPermission(user, 'tickets:dispatch');
  const found = useTicket(id);

  if (found.isPending) return <Spin />;
  if (found.error) return <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: found.error.message })} />;
  const { resource: ticket, etag } = found.data;

  return (
    <Flex vertical gap={16}>
      <Link to="/tickets">
        <ArrowLeftOutlined /> {t('tickets.detail.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {ticket.number} <StatusTag status={ticket.status} />
          <PriorityTag priority={ticket.priority} />
          {ticket.followUpDue && <Tag color="warning">{t('tickets.list.followUpDue')}</Tag>}
        </Typography.Title>
        <Flex gap={8} wrap align="flex-start">
          <ToComplaintButton ticket={ticket} />
          {canDispatch && <DispatchActions ticket={ticket} />}
          {isOpen(ticket) && hasPermission(user, 'sla:extend') && <EscalateButton ticket={ticket} />}
          {canWrite && <TicketActions ticketId={ticket.id} etag={etag} allowedActions={ticket.allowedActions} />}
        </Flex>
      </Flex>
      <Card size="small" title={t('tickets.detail.sla')}>
        <TicketSla ticket={ticket} />
      </Card>
      <Card size="small" title={t('sla.extension.title')}>
        <CaseExtensions kind="tickets" caseId={ticket.id} open={isOpen(ticket)} />
      </Card>
      <Card size="small">
        <TicketSummary ticket={ticket} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('tickets.detail.contacts')}>
            <ContactLog ticketId={ticket.id} canLog={canWrite && ticket.allowedActions.includes('contact')} />
          </Card>
          <CaseCallbacks itemId={ticket.id} style={{ marginTop: 16 }} />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('tickets.detail.timeline')}>
            <TicketTimeline ticketId={ticket.id} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
