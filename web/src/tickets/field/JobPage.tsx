import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Card, Collapse, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { StatusTag } from '../StatusTag';
import { useMyJob } from './api';
import { JobFacts } from './JobFacts';
import { JobHistory } from './JobHistory';
import { JobSteps } from './JobSteps';
import { PhotoUpload } from './PhotoUpload';
import { ResolveJobForm } from './ResolveJobForm';
import { SignOffForm } from './SignOffForm';
import { WorkLogForm } from './WorkLogForm';

/** One of my jobs on site: check in, log the work and materials, photos, the customer's signature, resolve, check out. */
export function JobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const found = useMyJob(id);
  const [open, setOpen] = useState<string[]>([]);

  if (found.isPending) return <Spin />;
  if (found.error) return <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: found.error.message })} />;
  const job = found.data;
  const onSite = job.visits.some((visit) => visit.technicianId === me.id && !visit.checkedOutAt);
  // Closes only the section that finished: its answer can arrive after the technician has opened the next one.
  const finished = (section: string, what: string) => () => {
    void message.success(t(what));
    setOpen((keys) => keys.filter((key) => key !== section));
  };

  const sections = [
    { key: 'work', label: t('tickets.field.workLog'), children: <WorkLogForm jobId={id} onDone={finished('work', 'tickets.field.workLogged')} /> },
    { key: 'photos', label: t('tickets.field.photos'), children: <PhotoUpload jobId={id} /> },
    { key: 'sign-off', label: t('tickets.field.signOff'), children: <SignOffForm jobId={id} customerName={job.job.customerName} onDone={finished('sign-off', 'tickets.field.signedOff')} /> },
    { key: 'resolve', label: t('tickets.field.resolve'), children: <ResolveJobForm jobId={id} onDone={finished('resolve', 'tickets.field.resolved')} /> },
    { key: 'history', label: t('tickets.field.history'), children: <JobHistory job={job} /> },
  ];

  return (
    <Flex vertical gap={12}>
      <Link to="/my/jobs" style={{ padding: '8px 0' }}>
        <ArrowLeftOutlined /> {t('tickets.field.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {job.job.number} <StatusTag status={job.job.status} />
      </Typography.Title>
      <Card size="small">
        <JobFacts job={job.job} description={job.description} />
      </Card>
      <JobSteps jobId={id} onSite={onSite} onHandedBack={() => void navigate('/my/jobs')} />
      <Collapse size="large" activeKey={open} onChange={(keys) => setOpen(keys)} items={sections} />
    </Flex>
  );
}
