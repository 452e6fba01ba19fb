import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { useEscalateTicket } from './api';

interface Props {
  ticketId: string;
  /** The level the ticket has reached: only a higher one may be chosen. */
  currentLevel: number;
  open: boolean;
  onClose: () => void;
}

interface Values {
  level: number;
  reason: string;
}

/** 手动升级: straight to the level the matter needs, skipping those between, with the reason the queue and the timeline show. */
export function EscalateDialog({ ticketId, currentLevel, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const escalate = useEscalateTicket(ticketId);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const close = () => {
    setGeneralErrors([]);
    onClose();
  };

  const submit = async ({ level, reason }: Values) => {
    setGeneralErrors([]);
    try {
      await escalate.mutateAsync({ level, reason: reason.trim() });
      void message.success(t('tickets.escalate.done', { level: t(`sla.escalation.level.${level}`) }));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: ['level', 'reason'] as const });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  const levels = [1, 2, 3].filter((level) => level > currentLevel).map((level) => ({ value: level, label: t(`sla.escalation.level.${level}`) }));
  return (
    <Modal
      open={open}
      title={t('tickets.escalate.title')}
      okText={t('tickets.escalate.send')}
      cancelText={t('common.cancel')}
      confirmLoading={escalate.isPending}
      destroyOnHidden
      onCancel={close}
      onOk={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="level" label={t('tickets.escalate.level')} rules={[{ required: true, message: t('tickets.escalate.levelRequired') }]}>
          <Select options={levels} />
        </Form.Item>
        <Form.Item name="reason" label={t('tickets.escalate.reason')} rules={[{ required: true, whitespace: true, message: t('tickets.escalate.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} />}
    </Modal>
  );
}
