import { Alert, App, Button, Flex, Popconfirm, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { ReasonDialog } from '../tickets/ReasonDialog';
import { isStale } from '../shared/versioned';
import { useComplaintStep, type ComplaintStep } from './api';
import { StepForm, type FormStep } from './StepForm';
import type { Complaint, ComplaintStatus } from './types';

const stepNames = ['register', 'investigate', 'propose', 'decide', 'carryOut', 'confirm', 'close'] as const;

/** The step a complaint in each status is at (Closed: past the last). */
const currentStep: Record<ComplaintStatus, number> = {
  Registered: 1, Reopened: 1, Investigated: 2, RemedyProposed: 3, RemedyDecided: 4, CarriedOut: 5, Resolved: 6, Closed: 7,
};

/** The steps that move the complaint on, furthest last: the page offers the furthest the complaint and the user allow. */
const forward: readonly FormStep[] = ['investigate', 'propose-remedy', 'decide-remedy', 'carry-out', 'confirm'];

interface Props {
  complaint: Complaint;
  etag: string;
}

/** 步骤条: the handling steps, where the complaint is, and the form of the next step it allows (the decision only for the Manager). */
export function HandlingFlow({ complaint, etag }: Props) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const mayTake = (action: ComplaintStep['action']) =>
    complaint.allowedActions.includes(action) && hasPermission(user, action === 'decide-remedy' ? 'complaints:decide' : 'complaints:handle');
  const next = forward.filter(mayTake).at(-1);
  const waitingForManager = complaint.allowedActions.includes('decide-remedy') && !mayTake('decide-remedy');
  const status = complaint.status === 'Closed' ? 'finish' : 'process';

  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        current={currentStep[complaint.status]}
        status={status}
        items={stepNames.map((name) => ({ title: t(`complaints.steps.${name}`) }))}
      />
      {waitingForManager && <Alert type="info" showIcon title={t('complaints.steps.waitingForManager')} />}
      {complaint.status === 'Closed' && <Typography.Text type="success">{t('complaints.steps.finished')}</Typography.Text>}
      {next && <StepForm key={`${next}-${etag}`} complaint={complaint} etag={etag} action={next} />}
      <EndActions complaint={complaint} etag={etag} mayClose={mayTake('close')} mayReopen={mayTake('reopen')} />
    </Flex>
  );
}

interface EndProps extends Props {
  mayClose: boolean;
  mayReopen: boolean;
}

/** Closing a resolved complaint, and reopening a resolved or closed one with a reason. */
function EndActions({ complaint, etag, mayClose, mayReopen }: EndProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useComplaintStep(complaint.id, etag);
  const [reopening, setReopening] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  if (!mayClose && !mayReopen) return null;

  const send = (taken: ComplaintStep) =>
    step.mutate(taken, {
      onSuccess: () => {
        setReopening(false);
        void message.success(t('complaints.detail.done', { action: t(`complaints.action.${taken.action}`) }));
      },
      onError: (error) => {
        setReopening(false);
        setRefusal(isStale(error) ? t('complaints.detail.stale') : problemOf(error).detail);
      },
    });

  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        {mayClose && (
          <Popconfirm title={t('complaints.action.closeConfirm')} onConfirm={() => send({ action: 'close' })}>
            <Button type="primary" loading={step.isPending}>
              {t('complaints.action.close')}
            </Button>
          </Popconfirm>
        )}
        {mayReopen && <Button onClick={() => setReopening(true)}>{t('complaints.action.reopen')}</Button>}
      </Flex>
      {refusal && <Alert type="error" showIcon closable title={refusal} onClose={() => setRefusal(undefined)} />}
      <ReasonDialog
        action={reopening ? t('complaints.action.reopen') : undefined}
        label={t('complaints.action.reason')}
        saving={step.isPending}
        onCancel={() => setReopening(false)}
        onConfirm={(reason) => send({ action: 'reopen', body: { reason } })}
      />
    </Flex>
  );
}
