import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../api/types';
import { useToggleStaffActive } from './useStaffMutations';

interface Props {
  staff: Staff;
  /** The signed-in user's own row: they may not deactivate themselves. */
  isSelf: boolean;
}

/** Deactivates or activates a staff member, after asking. */
export function StaffActiveToggle({ staff, isSelf }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toggle = useToggleStaffActive();
  const name = staff.displayName;

  const button = (
    <Button type="link" size="small" danger={staff.active} disabled={isSelf && staff.active}>
      {t(staff.active ? 'staff.deactivate' : 'staff.activate')}
    </Button>
  );
  if (isSelf && staff.active) return <Tooltip title={t('staff.notYourself')}>{button}</Tooltip>;

  const confirm = () =>
    toggle.mutateAsync(staff).then(
      () => void message.success(t(staff.active ? 'staff.deactivated' : 'staff.activated', { name })),
      (error: Error) => void message.error(error.message),
    );

  return (
    <Popconfirm
      title={t(staff.active ? 'staff.confirmDeactivate' : 'staff.confirmActivate', { name })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: staff.active }}
      onConfirm={confirm}
    >
      {button}
    </Popconfirm>
  );
}
