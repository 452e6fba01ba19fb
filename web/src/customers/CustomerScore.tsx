import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { ScoreEditor } from './ScoreEditor';
import { ActorName } from '../shared/StaffName';
import type { Customer, GradingScore } from './types';

/** The tier-and-score tab: an organisation's grading scores, and for graders the form to (re)score it. */
export function CustomerScore({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const organisation = customer.category === 'Organization';
  const canGrade = organisation && hasPermission(useSignedInUser(), 'customers:grade');
  const [scoring, setScoring] = useState(false);

  if (!organisation) return <Typography.Text type="secondary">{t('customers.score.byRule')}</Typography.Text>;
  if (canGrade && (scoring || !customer.score)) {
    return <ScoreEditor customer={customer} onCancel={customer.score ? () => setScoring(false) : undefined} onSaved={() => setScoring(false)} />;
  }
  return (
    <Flex vertical gap={12} align="flex-start">
      {customer.score ? <ScoreSummary score={customer.score} /> : <Typography.Text type="secondary">{t('customers.detail.noScore')}</Typography.Text>}
      {canGrade && (
        <Button icon={<EditOutlined />} onClick={() => setScoring(true)}>
          {t('customers.score.rescore')}
        </Button>
      )}
    </Flex>
  );
}

function ScoreSummary({ score }: { score: GradingScore }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Descriptions column={2} size="small" bordered>
      <Descriptions.Item label={t('customers.score.assetSize')}>{score.assetSize}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.businessScale')}>{score.businessScale}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.brandStrength')}>{score.brandStrength}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.cooperativeness')}>{score.cooperativeness}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.total')}>{t('customers.score.outOf', { total: score.total })}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.scoredAt')}>{formatDateTime(score.scoredAt, language)}</Descriptions.Item>
      <Descriptions.Item label={t('customers.score.scoredBy')} span={2}>
        <ActorName actor={score.scoredBy} />
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.score.evidence')} span={2}>
        {score.evidence}
      </Descriptions.Item>
    </Descriptions>
  );
}
