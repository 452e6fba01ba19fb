import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import type { RepeatAnswer } from './intakeForm';
import { SeverityTag } from './SeverityTag';
import type { OpenComplaint } from './types';

interface Props {
  /** The customer's open complaints in the category; the dialog is open while there are some. */
  open: OpenComplaint[];
  saving: boolean;
  onAnswer: (answer: RepeatAnswer) => void;
}

/** S1 按照投诉升级处理: asks whether the complaint is the same matter as one already open before it is registered. */
export function OpenComplaintsDialog({ open, saving, onAnswer }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Modal open={open.length > 0} title={t('complaints.open.title')} footer={null} onCancel={() => onAnswer(undefined)}>
      <Typography.Paragraph>{t('complaints.open.intro')}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {open.map((complaint) => (
          <Flex key={complaint.id} justify="space-between" align="center" gap={8} wrap>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{complaint.number}</Typography.Text>
              <SeverityTag severity={complaint.severity} />
              {t(`complaints.status.${complaint.status}`)}
              <Typography.Text type="secondary">{formatDateTime(complaint.createdAt, language)}</Typography.Text>
            </Flex>
            <Button type="primary" loading={saving} onClick={() => onAnswer({ sameMatterAs: complaint.id })}>
              {t('complaints.open.sameMatter')}
            </Button>
          </Flex>
        ))}
      </Flex>
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Button loading={saving} onClick={() => onAnswer({ notSameMatter: true })}>
          {t('complaints.open.notSameMatter')}
        </Button>
      </Flex>
    </Modal>
  );
}
