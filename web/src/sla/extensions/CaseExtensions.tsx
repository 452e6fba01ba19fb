import { Button, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../auth/permissions';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { useCaseExtensions, type ExtendableCase } from './api';
import { DecisionButtons } from './DecisionButtons';
import { ExtensionRequestDialog } from './ExtensionRequestDialog';
import { ExtensionState } from './ExtensionState';

const approverOf = { tickets: 'sla:approve-ticket-extensions', complaints: 'sla:approve-complaint-extensions' } as const;

interface Props {
  kind: ExtendableCase;
  caseId: string;
  /** Whether the case is still open, so that more time can be asked for. */
  open: boolean;
}

/** 延期申请 on a case's page: the requests and their decisions, the request dialog, and the decision for the approver. */
export function CaseExtensions({ kind, caseId, open }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useSignedInUser();
  const extensions = useCaseExtensions(kind, caseId);
  const [asking, setAsking] = useState(false);
  const decides = hasPermission(user, approverOf[kind]);
  const waiting = extensions.data?.some((extension) => extension.state === 'Requested') ?? false;

  return (
    <Flex vertical gap={8}>
      {open && hasPermission(user, 'sla:extend') && (
        <Button style={{ alignSelf: 'flex-start' }} disabled={waiting} onClick={() => setAsking(true)}>
          {t('sla.extension.request')}
        </Button>
      )}
      <List
        size="small"
        loading={extensions.isLoading}
        dataSource={extensions.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sla.extension.none')} /> }}
        renderItem={(extension) => (
          <List.Item extra={decides && extension.state === 'Requested' ? <DecisionButtons extension={extension} /> : null}>
            <Flex vertical gap={2}>
              <Flex gap={8} align="center">
                <ExtensionState state={extension.state} />
                {t('sla.extension.toDueAt', { dueAt: formatDateTime(extension.newDueAt, language), before: formatDateTime(extension.dueAtWhenAsked, language) })}
              </Flex>
              <Typography.Text>{extension.reason}</Typography.Text>
              {extension.note && <Typography.Text type="secondary">{t('sla.extension.noteSaid', { note: extension.note })}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
      <ExtensionRequestDialog kind={kind} caseId={caseId} open={asking} onClose={() => setAsking(false)} />
    </Flex>
  );
}
