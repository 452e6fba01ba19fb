import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaPolicyQuestion } from '../../api/types';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { localizedProblem } from '../../shared/localizedProblem';
import { policyExplanation } from '../policyExplanation';
import { withoutBlankCategory } from './blankCategory';
import { MatchFields } from './MatchFields';
import { useEvaluatePolicy } from './usePolicies';

/** "Which policy would apply?": an item's attributes in, the policy, why, and the due times if it started now out. */
export function PolicyTester() {
  const { t } = useTranslation();
  const language = useLanguage();
  const evaluate = useEvaluatePolicy();
  const answer = evaluate.data;

  return (
    <Card title={t('sla.tester.title')} extra={t('sla.tester.subtitle')}>
      <Form<SlaPolicyQuestion>
        name="slaTester"
        layout="vertical"
        initialValues={{ workType: 'Ticket', vip: false }}
        onFinish={(question) => evaluate.mutate(withoutBlankCategory(question))}
      >
        <MatchFields prefix="" workTypeRequired />
        <Button type="primary" htmlType="submit" icon={<ExperimentOutlined />} loading={evaluate.isPending}>
          {t('sla.tester.submit')}
        </Button>
      </Form>
      {evaluate.error && <Alert type="error" showIcon title={localizedProblem(t, evaluate.error).detail} style={{ marginTop: 16 }} />}
      {answer && (
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
          style={{ marginTop: 16 }}
          aria-label={t('sla.tester.result')}
        >
          <Descriptions.Item label={t('sla.tester.policy')}>{answer.policy.name}</Descriptions.Item>
          <Descriptions.Item label={t('sla.tester.explanation')}>{policyExplanation(t, answer)}</Descriptions.Item>
          <Descriptions.Item label={t('sla.tester.firstContactDue')}>{formatDateTime(answer.firstContactDueAt, language)}</Descriptions.Item>
          <Descriptions.Item label={t('sla.tester.resolutionDue')}>{formatDateTime(answer.resolutionDueAt, language)}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
