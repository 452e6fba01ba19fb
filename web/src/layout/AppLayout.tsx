import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, type SiderProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { EmergencyBanner } from '../desk/EmergencyBanner';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { DeskInboxProvider } from '../realtime/DeskInbox';
import { InboxBell } from '../realtime/InboxBell';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';

const headerHeight = 64;

/**
 * On a phone (below `md`) the side menu takes no width: a button in the header opens it over the
 * page, below the header so that the button can close it again, and choosing a section closes it.
 */
const phoneMenu: SiderProps['style'] = { position: 'fixed', top: headerHeight, bottom: 0, left: 0, zIndex: 100, overflow: 'auto' };

export function AppLayout() {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const sider: SiderProps = phone
    ? { collapsed: !menuOpen, collapsedWidth: 0, trigger: null, style: phoneMenu }
    : { collapsible: true, collapsed, onCollapse: setCollapsed, breakpoint: 'lg' };

  return (
    <DeskInboxProvider>
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider {...sider} width={208}>
        <Brand collapsed={!phone && collapsed} />
        <SideMenu onNavigate={() => setMenuOpen(false)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={phone ? { padding: '0 12px' } : undefined}>
          <Flex align="center" gap={phone ? 12 : 24} style={{ height: '100%' }}>
            {phone && (
              <Button type="text" icon={<MenuOutlined />} aria-label={t('header.menu')} aria-expanded={menuOpen} onClick={() => setMenuOpen((open) => !open)} />
            )}
            <Flex align="center" justify="flex-end" gap={phone ? 12 : 24} flex={1}>
              <LanguageSwitch />
              <InboxBell />
              <UserBar />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24 }}>
          <EmergencyBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
    </DeskInboxProvider>
  );
}
