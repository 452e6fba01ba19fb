import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { theme } from './theme';

const antdLocales = { 'zh-CN': zhCN, en: enUS };

interface Props {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything the pages rely on: server state, the design system in the chosen language. */
export function App({ queryClient, children }: Props) {
  const language = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocales[language]} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
