import { ClockCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownTimeZone } from '../i18n/formatDateTime';
import { TimeZoneDialog } from './TimeZoneDialog';

/** Which zone the page's times are in, and the way to pick another; on a phone only the clock shows. */
export function TimeZoneButton({ phone }: { phone: boolean }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const label = t('timeZone.button', { zone: shownTimeZone() });

  return (
    <>
      <Button type="text" icon={<ClockCircleOutlined />} aria-label={label} onClick={() => setPicking(true)}>
        {phone ? null : shownTimeZone()}
      </Button>
      {picking && <TimeZoneDialog onClose={() => setPicking(false)} />}
    </>
  );
}
