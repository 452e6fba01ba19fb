import { Flex, Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';

export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208}>
        <Brand collapsed={collapsed} />
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header>
          <Flex align="center" justify="flex-end" gap={24} style={{ height: '100%' }}>
            <LanguageSwitch />
            <UserBar />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
