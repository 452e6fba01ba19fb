import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaPolicy } from '../../api/types';
import { localizedProblem } from '../../shared/localizedProblem';
import { useRetirePolicy } from './usePolicies';

interface Props {
  policy: SlaPolicy;
  onEdit: () => void;
}

/** Edit a policy, or retire it after asking. */
export function PolicyActions({ policy, onEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retire = useRetirePolicy();
  const name = policy.name;

  const confirm = () =>
    retire.mutateAsync(policy.id).then(
      () => void message.success(t('sla.policy.retiredMessage', { name })),
      (error: unknown) => void message.error(localizedProblem(t, error).detail),
    );

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {t('sla.policy.edit')}
      </Button>
      <Popconfirm
        title={t('sla.policy.confirmRetire', { name })}
        description={t('sla.policy.retireHelp')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={confirm}
      >
        <Button type="link" size="small" danger>
          {t('sla.policy.retire')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
