import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Extension } from './api';

const colors = { Requested: 'processing', Approved: 'success', Refused: 'default' } as const;

export function ExtensionState({ state }: { state: Extension['state'] }) {
  const { t } = useTranslation();
  return <Tag color={colors[state]}>{t(`sla.extension.state.${state}`)}</Tag>;
}
