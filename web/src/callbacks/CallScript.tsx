import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Callback } from './types';

/** Whom to call and what to say: S4's greeting in the caller's name, the case in brief, the closing. */
export function CallScript({ callback }: { callback: Callback }) {
  const { t } = useTranslation();
  const script = callback.script;
  if (!script) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'customer', label: t('callbacks.script.customer'), children: [script.customerName, script.customerPhone].filter(Boolean).join(' · ') },
        { key: 'greeting', label: t('callbacks.script.greeting'), children: script.greeting },
        { key: 'case', label: t('callbacks.script.caseSummary'), children: script.caseSummary ?? t('common.none') },
        { key: 'closing', label: t('callbacks.script.closing'), children: script.closing },
      ]}
    />
  );
}
