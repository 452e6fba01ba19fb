import { Alert, Card, Empty, Flex, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../shared/PageHeader';
import { StatusTag } from '../StatusTag';
import { useMyJobs } from './api';
import { JobFacts } from './JobFacts';

/** 我的任务: the jobs dispatched to me, one card each, soonest first; made for a phone. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const jobs = useMyJobs();
  return (
    <Flex vertical gap={12}>
      <PageHeader titleKey="tickets.field.title" subtitleKey="tickets.field.subtitle" />
      {jobs.isPending && <Spin />}
      {jobs.error && <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: jobs.error.message })} />}
      {jobs.data?.length === 0 && <Empty description={t('tickets.field.empty')} />}
      {jobs.data?.map((job) => (
        <Card
          key={job.id}
          size="small"
          title={
            <Link to={`/my/jobs/${job.id}`} style={{ display: 'inline-block', padding: '8px 0' }}>
              {job.number}
            </Link>
          }
          extra={
            <>
              {job.lead && <Tag color="gold">{t('tickets.dispatch.lead')}</Tag>}
              <StatusTag status={job.status} />
            </>
          }
        >
          <JobFacts job={job} />
        </Card>
      ))}
    </Flex>
  );
}
