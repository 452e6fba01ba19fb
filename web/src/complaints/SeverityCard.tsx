import { Alert, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { useRaiseSeverity } from './api';
import { SeverityTag } from './SeverityTag';
import { severities, type Complaint, type ComplaintSeverity } from './types';

interface Props {
  complaint: Complaint;
  etag: string;
}

/** The severity, the rules that call for it, who owns it, and raising it with a reason (never lowering it). */
export function SeverityCard({ complaint, etag }: Props) {
  const { t } = useTranslation();
  const canRaise = hasPermission(useSignedInUser(), 'complaints:handle') && complaint.severity !== 'Major' && complaint.status !== 'Closed';
  const [raising, setRaising] = useState(false);

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <SeverityTag severity={complaint.severity} />
        <Typography.Text>{t('complaints.severityCard.owner', { owner: t(`complaints.owner.${complaint.ownerRole}`) })}</Typography.Text>
        {complaint.severity !== complaint.ruleSeverity && (
          <Typography.Text type="secondary">
            {t('complaints.severityCard.ruleSeverity', { severity: t(`complaints.severity.${complaint.ruleSeverity}`) })}
          </Typography.Text>
        )}
        {canRaise && (
          <Button size="small" onClick={() => setRaising(true)}>
            {t('complaints.severityCard.raise')}
          </Button>
        )}
      </Flex>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {complaint.severityReasons.map((reason) => (
          <li key={reason.rule}>{reason.text}</li>
        ))}
      </ul>
      {complaint.severityRaisedReason && (
        <Typography.Text>{t('complaints.severityCard.raisedReason', { reason: complaint.severityRaisedReason })}</Typography.Text>
      )}
      {raising && <RaiseDialog complaint={complaint} etag={etag} onClose={() => setRaising(false)} />}
    </Flex>
  );
}

function RaiseDialog({ complaint, etag, onClose }: Props & { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ severity: ComplaintSeverity; reason: string }>();
  const raise = useRaiseSeverity(complaint.id, etag);
  const [refusal, setRefusal] = useState<string>();
  const higher = severities.slice(severities.indexOf(complaint.severity) + 1);

  return (
    <Modal open title={t('complaints.severityCard.raiseTitle')} okText={t('complaints.severityCard.raise')} confirmLoading={raise.isPending}
      onCancel={onClose} onOk={() => form.submit()}>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ severity: higher[0] }}
        onFinish={({ severity, reason }) =>
          raise.mutate({ severity, reason: reason.trim() }, { onSuccess: onClose, onError: (error) => setRefusal(problemOf(error).detail) })}>
        <Form.Item name="severity" label={t('complaints.severityCard.to')} rules={[{ required: true }]}>
          <Select options={higher.map((severity) => ({ value: severity, label: t(`complaints.severity.${severity}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('complaints.severityCard.reason')}
          rules={[{ required: true, whitespace: true, message: t('complaints.required') }, { max: 500 }]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
