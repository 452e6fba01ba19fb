import { BarChartOutlined, ExportOutlined, HomeOutlined, IdcardOutlined, TeamOutlined, ToolOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { CurrentUser } from '../api/types';
import { hasPermission, type Permission } from '../auth/permissions';
import { HomePage } from '../pages/HomePage';
import { StaffPage } from '../staff/StaffPage';
import { CustomerDetailPage } from '../customers/CustomerDetailPage';
import { CustomersPage } from '../customers/CustomersPage';
import { ExportsPage } from '../customers/ExportsPage';
import { GradingPage } from '../customers/GradingPage';
import { SystemPage } from '../system/SystemPage';

/** A part of the product with its own menu entry and route. */
export interface Section {
  path: string;
  labelKey: string;
  icon: ComponentType;
  /** Needed to see the menu entry and open the page; none means every signed-in user. */
  permission?: Permission;
  page: ComponentType;
  /** A page reached from another (a detail page): routed, but not in the menu. */
  hidden?: boolean;
}

export const sections: readonly Section[] = [
  { path: '/', labelKey: 'nav.home', icon: HomeOutlined, page: HomePage },
  { path: '/admin/staff', labelKey: 'nav.staff', icon: TeamOutlined, permission: 'staff:read', page: StaffPage },
  { path: '/customers', labelKey: 'customers.nav.list', icon: IdcardOutlined, permission: 'customers:read', page: CustomersPage },
  { path: '/customers/grading', labelKey: 'customers.nav.grading', icon: BarChartOutlined, permission: 'customers:read', page: GradingPage },
  { path: '/customers/exports', labelKey: 'customers.nav.exports', icon: ExportOutlined, permission: 'customers:export', page: ExportsPage },
  { path: '/customers/:id', labelKey: 'customers.nav.list', icon: IdcardOutlined, permission: 'customers:read', page: CustomerDetailPage, hidden: true },
  { path: '/admin/system', labelKey: 'nav.system', icon: ToolOutlined, permission: 'system:admin', page: SystemPage },
];

/** The sections the user may open, in menu order. */
export function sectionsFor(user: Pick<CurrentUser, 'permissions'>, all: readonly Section[] = sections): Section[] {
  return all.filter((section) => !section.hidden && (!section.permission || hasPermission(user, section.permission)));
}
