import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';

/** A due time in Shanghai time followed by its countdown and marks. */
export function DueTime({ at, children }: { at: string; children: ReactNode }) {
  const language = useLanguage();
  return (
    <Flex gap={4} wrap align="center">
      {formatDateTime(at, language)}
      {children}
    </Flex>
  );
}
