import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { ReasonDialog } from './ReasonDialog';
import type { TicketAction } from './types';
import { asksForText, transitions, useTransition, withText, type TextTransitionName, type Transition, type TransitionName } from './useTransition';

interface Props {
  ticketId: string;
  etag: string;
  allowedActions: TicketAction[];
}

/** The status changes the ticket allows now, and only those; each sent with the ETag the page read. */
export function TicketActions({ ticketId, etag, allowedActions }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransition(ticketId, etag);
  const [asking, setAsking] = useState<TextTransitionName>();
  const [refusal, setRefusal] = useState<string>();
  const label = (action: TransitionName) => t(`tickets.action.${action}`);

  const send = (change: Transition) => {
    setRefusal(undefined);
    transition.mutate(change, {
      onSuccess: () => {
        setAsking(undefined);
        void message.success(t('tickets.detail.done', { action: label(change.action) }));
      },
      onError: (error) => {
        setAsking(undefined);
        const problem = problemOf(error);
        setRefusal(problem.status === 412 ? t('tickets.detail.stale') : problem.detail);
      },
    });
  };

  const offered = transitions.filter((action) => allowedActions.includes(action));
  return (
    <Flex vertical gap={8} align="flex-end">
      <Flex gap={8} wrap>
        {offered.map((action) =>
          asksForText(action) ? (
            <Button key={action} danger={action === 'cancel'} type={action === 'resolve' ? 'primary' : 'default'} onClick={() => setAsking(action)}>
              {label(action)}
            </Button>
          ) : (
            <Popconfirm key={action} title={t('tickets.action.confirm', { action: label(action) })} onConfirm={() => send({ action })}>
              <Button type={action === 'close' ? 'default' : 'primary'} loading={transition.isPending}>
                {label(action)}
              </Button>
            </Popconfirm>
          ),
        )}
      </Flex>
      {refusal && <Alert type="error" showIcon closable title={refusal} onClose={() => setRefusal(undefined)} />}
      <ReasonDialog
        action={asking && label(asking)}
        label={t(asking === 'resolve' ? 'tickets.action.summary' : 'tickets.action.reason')}
        saving={transition.isPending}
        onCancel={() => setAsking(undefined)}
        onConfirm={(text) => asking && send(withText(asking, text))}
      />
    </Flex>
  );
}
