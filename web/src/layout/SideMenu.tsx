import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { sectionsFor, type Section } from '../app/sections';
import { useSignedInUser } from '../auth/useSignedInUser';

/** The sections the signed-in user may open; `onNavigate` hears of the choice (a phone closes the menu). */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const visible = sectionsFor(useSignedInUser());

  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[activeSection(visible, pathname)?.path ?? '']}
      items={visible.map(({ path, labelKey, icon: Icon }) => ({ key: path, icon: <Icon />, label: t(labelKey) }))}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}

/** The section the path lies in: the one with the longest matching path. */
function activeSection(visible: Section[], pathname: string): Section | undefined {
  const containing = visible.filter(({ path }) => pathname === path || pathname.startsWith(`${path}/`));
  return containing.sort((a, b) => b.path.length - a.path.length)[0];
}
