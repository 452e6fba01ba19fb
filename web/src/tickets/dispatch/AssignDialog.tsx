import { Alert, Checkbox, Flex, List, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { useAssign, useAssigneeSuggestions } from './api';
import { SuggestionReasons } from './SuggestionReasons';

interface Props {
  /** The ticket to dispatch; the dialog is open while there is one. */
  ticket?: { id: string; number: string };
  onClose: () => void;
}

/** 派工 without dragging: the suggested technicians, best first with the reasons; several make a crew (加派人力), the first ticked leads. */
export function AssignDialog({ ticket, onClose }: Props) {
  const { t } = useTranslation();
  const suggestions = useAssigneeSuggestions(ticket?.id ?? '', ticket !== undefined);
  const assign = useAssign();
  const [chosen, setChosen] = useState<string[]>([]);

  const close = () => {
    setChosen([]);
    assign.reset();
    onClose();
  };
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  const send = () => ticket && assign.mutate({ ticketId: ticket.id, technicianIds: chosen }, { onSuccess: close });

  return (
    <Modal
      open={ticket !== undefined}
      title={t('tickets.dispatch.assignTitle', { number: ticket?.number })}
      okText={t('tickets.dispatch.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: chosen.length === 0 }}
      confirmLoading={assign.isPending}
      destroyOnHidden
      onCancel={close}
      onOk={send}
    >
      <Typography.Paragraph type="secondary">{t('tickets.dispatch.crewHint')}</Typography.Paragraph>
      {suggestions.isPending && <Spin />}
      {suggestions.error && <Alert type="error" showIcon title={problemOf(suggestions.error).detail} />}
      {suggestions.data && (
        <List
          size="small"
          locale={{ emptyText: t('tickets.dispatch.noSuggestions') }}
          dataSource={suggestions.data}
          rowKey={(suggestion) => suggestion.technician.id}
          renderItem={(suggestion) => {
            const { technician } = suggestion;
            const place = chosen.indexOf(technician.id);
            return (
              <List.Item>
                <Checkbox checked={place >= 0} onChange={(event) => toggle(technician.id, event.target.checked)}>
                  <Flex gap={4} wrap align="center">
                    <Typography.Text strong>
                      {suggestion.rank}. {technician.name}（{technician.serviceNumber}）
                    </Typography.Text>
                    {place === 0 && <Tag color="gold">{t('tickets.dispatch.lead')}</Tag>}
                    <SuggestionReasons suggestion={suggestion} />
                  </Flex>
                </Checkbox>
              </List.Item>
            );
          }}
        />
      )}
      {assign.error && <Alert type="error" showIcon title={problemOf(assign.error).detail} />}
    </Modal>
  );
}
