import { Alert, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from './types';

interface Props {
  matches: DuplicateMatch[] | undefined;
  saving: boolean;
  onCancel: () => void;
  onOverride: (reason: string) => void;
}

/** The customers a save would duplicate, and the way to save anyway with a reason. */
export function DuplicateDialog({ matches, saving, onCancel, onOverride }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Modal
      open={matches !== undefined}
      title={t('customers.duplicate.title')}
      okText={t('customers.duplicate.override')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('customers.duplicate.intro')} style={{ marginBottom: 12 }} />
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        {(matches ?? []).map((match) => (
          <Flex key={match.id} justify="space-between" align="center" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
            <div>
              <div>
                {match.name} <Typography.Text type="secondary">{match.number}</Typography.Text>{' '}
                {match.archived && <Tag>{t('customers.duplicate.archived')}</Tag>}
              </div>
              <Typography.Text type="secondary">
                {[match.phones.join(', '), match.idNumber, match.bankAccount].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
            <span>
              {t('customers.duplicate.matchedOn')}:{' '}
              {match.matchedOn.map((on) => (
                <Tag color="orange" key={on}>
                  {t(`customers.duplicate.on.${on}`)}
                </Tag>
              ))}
            </span>
          </Flex>
        ))}
      </Flex>
      <Form form={form} layout="vertical" name="duplicateOverride" onFinish={({ reason }) => onOverride(reason)}>
        <Form.Item name="reason" label={t('customers.duplicate.reason')} rules={[{ required: true, whitespace: true, message: t('customers.duplicate.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
