import { useTranslation } from 'react-i18next';
import { describeDuration } from '../shared/describeDuration';
import { secondsOf } from '../shared/durations';

/** Shows deadline windows as people speak of them: PT3H → 3小时, PT48H → 48小时, PT30S → 30秒. */
export function useWindowText() {
  const { t } = useTranslation();
  return (iso: string) => {
    const seconds = secondsOf(iso);
    return seconds === undefined ? iso : describeDuration(t, seconds, { days: false, seconds: true });
  };
}
