import { Alert, App, Button, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { useChangeTimeZone } from '../auth/useChangeTimeZone';
import { useSignedInUser } from '../auth/useSignedInUser';
import { deskTimeZone, zoneWithOffset } from '../i18n/formatDateTime';

/** Following the desk's zone is picked as no zone of one's own. */
const followDesk = '';

/** 显示时区: the zone the signed-in person reads times in, the desk's unless they pick one (this device's, say). */
export function TimeZoneDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useSignedInUser();
  const desk = deskTimeZone();
  const change = useChangeTimeZone();
  const [picked, setPicked] = useState(timeZone ?? followDesk);
  const [errors, setErrors] = useState<string[]>([]);
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const options = useMemo(
    () => [
      { value: followDesk, label: t('timeZone.followDesk', { zone: zoneWithOffset(desk) }) },
      ...Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zoneWithOffset(zone) })),
    ],
    [t, desk],
  );

  const save = async () => {
    setErrors([]);
    try {
      await change.mutateAsync({ timeZone: picked === followDesk ? null : picked });
      void message.success(t('timeZone.saved'));
      onClose();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: ['timeZone'] });
      setErrors([...fields.flatMap((field) => field.errors), ...general].map((reason) => t('timeZone.failed', { reason })));
    }
  };

  return (
    <Modal title={t('timeZone.title')} open okText={t('timeZone.save')} confirmLoading={change.isPending} onOk={() => void save()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('timeZone.explain', { desk })}</Typography.Paragraph>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('timeZone.label')}
        value={picked}
        options={options}
        onChange={setPicked}
        style={{ width: '100%' }}
      />
      {deviceZone !== picked && (
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => setPicked(deviceZone)}>
          {t('timeZone.useBrowser', { zone: deviceZone })}
        </Button>
      )}
      {errors.map((error) => (
        <Alert key={error} type="error" showIcon title={error} />
      ))}
    </Modal>
  );
}
