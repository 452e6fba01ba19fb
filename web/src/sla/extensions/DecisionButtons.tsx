import { App, Button, Flex, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { useDecideExtension, type Extension } from './api';

/** 批准 / 驳回, each confirmed with an optional note; an approval moves the case's resolution deadline. */
export function DecisionButtons({ extension }: { extension: Extension }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideExtension();
  const [note, setNote] = useState('');

  const send = (approve: boolean) =>
    decide.mutate(
      { extension, approve, note: note.trim() || undefined },
      {
        onSuccess: () => void message.success(t(approve ? 'sla.extension.approved' : 'sla.extension.refused')),
        onError: (error) => void message.error(problemOf(error).detail),
      },
    );

  const noteField = <Input.TextArea rows={2} value={note} placeholder={t('sla.extension.note')} onChange={(event) => setNote(event.target.value)} />;
  return (
    <Flex gap={8}>
      <Popconfirm title={t('sla.extension.confirmApprove')} description={noteField} onConfirm={() => send(true)}>
        <Button size="small" type="primary" loading={decide.isPending}>
          {t('sla.extension.approve')}
        </Button>
      </Popconfirm>
      <Popconfirm title={t('sla.extension.confirmRefuse')} description={noteField} onConfirm={() => send(false)}>
        <Button size="small" danger loading={decide.isPending}>
          {t('sla.extension.refuse')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
