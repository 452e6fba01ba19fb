import { Alert, Card, Col, Empty, Flex, Row, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { PageHeader } from '../shared/PageHeader';
import { useCallbackList } from './api';
import { AttemptForm } from './AttemptForm';
import { CallbackList } from './CallbackList';
import { CallScript } from './CallScript';
import { RequestCallbackButton } from './RequestCallbackButton';
import { dueLists, isOpen, type CallbackDue } from './types';

/** 今日回访: the callbacks to make today, those overdue and those to come; the one picked shows its script and the call's form. */
export function CallbacksPage() {
  const { t } = useTranslation();
  const canWork = hasPermission(useSignedInUser(), 'callbacks:work');
  const [due, setDue] = useState<CallbackDue>('Today');
  const [selectedId, setSelectedId] = useState<string>();
  const list = useCallbackList(due);
  const selected = list.data?.find((callback) => callback.id === selectedId);

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="callbacks.title" subtitleKey="callbacks.subtitle">
        {canWork && <RequestCallbackButton />}
      </PageHeader>
      <Tabs activeKey={due} onChange={(key) => setDue(key as CallbackDue)} items={dueLists.map((key) => ({ key, label: t(`callbacks.due.${key}`) }))} />
      {list.error && <Alert type="error" showIcon title={t('callbacks.loadFailed', { reason: list.error.message })} />}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <CallbackList callbacks={list.data ?? []} loading={list.isPending} selectedId={selectedId} onSelect={(callback) => setSelectedId(callback.id)} />
        </Col>
        <Col xs={24} xl={12}>
          {selected ? (
            <Card size="small" title={t('callbacks.script.title')}>
              <Flex vertical gap={16}>
                <CallScript callback={selected} />
                {canWork && isOpen(selected) && <AttemptForm key={selected.id} callbackId={selected.id} />}
              </Flex>
            </Card>
          ) : (
            <Empty description={t('callbacks.pick')} />
          )}
        </Col>
      </Row>
    </Flex>
  );
}
