import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaPolicyQuestion } from '../api/types';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { localizedProblem } from '../shared/localizedProblem';
import { policyExplanation } from '../sla/policyExplanation';
import { useSlaPreview } from './api';
import { DueTime } from './DueTime';

/** The policy and due times the ticket will get if saved now, asked again as the fields it depends on change. */
export function SlaPreview({ question }: { question?: SlaPolicyQuestion }) {
  const { t } = useTranslation();
  const preview = useSlaPreview(question);
  const answer = preview.data;

  return (
    <Card title={t('tickets.preview.title')} size="small" aria-label={t('tickets.preview.title')}>
      {!question && <Typography.Text type="secondary">{t('tickets.preview.pending')}</Typography.Text>}
      {question && preview.error && (
        <Alert type="warning" showIcon title={t('tickets.preview.unavailable', { reason: localizedProblem(t, preview.error).detail })} />
      )}
      {question && answer && !preview.error && (
        <Descriptions column={1} size="small" layout="vertical">
          <Descriptions.Item label={t('tickets.preview.policy')}>
            {answer.policy.name}{' '}
            <Tooltip title={policyExplanation(t, answer)}>
              <InfoCircleOutlined aria-label={t('tickets.preview.explanation')} />
            </Tooltip>
          </Descriptions.Item>
          <Descriptions.Item label={t('tickets.preview.firstContactDue')}>
            <DueTime at={answer.firstContactDueAt}>
              <DeadlineBadge dueAt={answer.firstContactDueAt} />
            </DueTime>
          </Descriptions.Item>
          <Descriptions.Item label={t('tickets.preview.resolutionDue')}>
            <DueTime at={answer.resolutionDueAt}>
              <DeadlineBadge dueAt={answer.resolutionDueAt} />
            </DueTime>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
