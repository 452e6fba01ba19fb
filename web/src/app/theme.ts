import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0e6e8c',
    colorLink: '#0e6e8c',
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 24px', siderBg: '#0b2a38' },
    Menu: { darkItemBg: '#0b2a38', darkSubMenuItemBg: '#0b2a38', darkItemSelectedBg: '#0e6e8c' },
  },
};
