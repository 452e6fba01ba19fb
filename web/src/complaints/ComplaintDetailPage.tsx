import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { CaseCallbacks } from '../callbacks/CaseCallbacks';
import { useComplaint } from './api';
import { ComplaintContacts } from './ComplaintContacts';
import { ComplaintDeadlines } from './ComplaintDeadlines';
import { ComplaintFacts } from './ComplaintFacts';
import { Evidence } from './Evidence';
import { HandlingFlow } from './HandlingFlow';
import { HandlingRecord } from './HandlingRecord';
import { CaseExtensions } from '../sla/extensions/CaseExtensions';
import { SeverityCard } from './SeverityCard';
import { SeverityTag } from './SeverityTag';
import { ComplaintTimeline } from './ComplaintTimeline';

/** 投诉详情: the handling steps as a guided flow, the severity with its reasons, the deadlines and what was recorded. */
export function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const found = useComplaint(id);
  const user = useSignedInUser();
  const canWrite = hasPermission(user, 'complaints:write');
  const canHandle = hasPermission(user, 'complaints:handle');

  if (found.isPending) return <Spin />;
  if (found.error) return <Alert type="error" showIcon title={t('complaints.loadFailed', { reason: found.error.message })} />;
  const { resource: complaint, etag } = found.data;

  return (
    <Flex vertical gap={16}>
      <Link to="/complaints">
        <ArrowLeftOutlined /> {t('complaints.detail.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {complaint.number} <Tag>{t(`complaints.status.${complaint.status}`)}</Tag>
        <SeverityTag severity={complaint.severity} />
      </Typography.Title>
      <Card size="small" title={t('complaints.steps.title')}>
        <HandlingFlow complaint={complaint} etag={etag} />
      </Card>
      <Card size="small" title={t('complaints.detail.sla')}>
        <ComplaintDeadlines complaint={complaint} />
      </Card>
      <Card size="small" title={t('sla.extension.title')}>
        <CaseExtensions kind="complaints" caseId={complaint.id} open={!['Resolved', 'Closed'].includes(complaint.status)} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('complaints.detail.facts')}>
              <ComplaintFacts complaint={complaint} />
            </Card>
            <Card size="small" title={t('complaints.evidence.title')}>
              <Evidence complaintId={complaint.id} canUpload={canWrite && complaint.status !== 'Closed'} />
            </Card>
            <Card size="small" title={t('complaints.detail.contacts')}>
              <ComplaintContacts complaintId={complaint.id} canLog={canHandle && complaint.status !== 'Closed'} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('complaints.severityCard.title')}>
              <SeverityCard complaint={complaint} etag={etag} />
            </Card>
            <Card size="small" title={t('complaints.detail.handling')}>
              <HandlingRecord complaint={complaint} />
            </Card>
            <Card size="small" title={t('complaints.detail.timeline')}>
              <ComplaintTimeline complaintId={complaint.id} />
            </Card>
            <CaseCallbacks itemId={complaint.id} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
