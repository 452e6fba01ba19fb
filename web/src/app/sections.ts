import { AlertOutlined, ApartmentOutlined, ApiOutlined, AuditOutlined, BarChartOutlined, BookOutlined, CalendarOutlined, CarryOutOutlined, CheckSquareOutlined, ContactsOutlined, ExclamationCircleOutlined, ExportOutlined, FieldTimeOutlined, FileSearchOutlined, FormOutlined, HomeOutlined, IdcardOutlined, LaptopOutlined, LineChartOutlined, MessageOutlined, NotificationOutlined, PhoneOutlined, ProfileOutlined, ReconciliationOutlined, ScheduleOutlined, SendOutlined, SwapOutlined, TeamOutlined, ThunderboltOutlined, ToolOutlined, WarningOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { CurrentUser } from '../api/types';
import { escalationPermissions, extensionApprovers, hasPermission, reviewPermissions, type PermissionRule } from '../auth/permissions';
import { CallbacksPage } from '../callbacks/CallbacksPage';
import { CallbackStatsPage } from '../callbackStats/CallbackStatsPage';
import { HandoverPage } from '../desk/HandoverPage';
import { RosterPage } from '../desk/RosterPage';
import { UnsignedHandoversPage } from '../desk/UnsignedHandoversPage';
import { KnowledgeAdminPage } from '../knowledge/KnowledgeAdminPage';
import { HomePage } from '../pages/HomePage';
import { CalendarsPage } from '../sla/calendars/CalendarsPage';
import { EscalationsPage } from '../sla/escalations/EscalationsPage';
import { ExtensionQueuePage } from '../sla/extensions/ExtensionQueuePage';
import { PoliciesPage } from '../sla/policies/PoliciesPage';
import { StaffPage } from '../staff/StaffPage';
import { ComplaintDetailPage } from '../complaints/ComplaintDetailPage';
import { ComplaintIntakePage } from '../complaints/ComplaintIntakePage';
import { ComplaintsPage } from '../complaints/ComplaintsPage';
import { CustomerDetailPage } from '../customers/CustomerDetailPage';
import { CustomersPage } from '../customers/CustomersPage';
import { ExportsPage } from '../customers/ExportsPage';
import { GradingPage } from '../customers/GradingPage';
import { SensitiveAccessPage } from '../customers/SensitiveAccessPage';
import { BuildingPage } from '../facilities/BuildingPage';
import { ChecklistsPage } from '../facilities/ChecklistsPage';
import { MaintenancePlansPage } from '../facilities/MaintenancePlansPage';
import { NoticeLettersPage } from '../facilities/NoticeLettersPage';
import { NoticesPage } from '../facilities/NoticesPage';
import { OutagesPage } from '../facilities/OutagesPage';
import { RoundReportPage } from '../facilities/RoundReportPage';
import { RoundsPage } from '../facilities/RoundsPage';
import { RoundWalkPage } from '../facilities/RoundWalkPage';
import { EquipmentDetailPage } from '../facilities/EquipmentDetailPage';
import { EquipmentPage } from '../facilities/EquipmentPage';
import { SitePage } from '../facilities/SitePage';
import { SitesPage } from '../facilities/SitesPage';
import { UnitPage } from '../facilities/UnitPage';
import { IntegrationsPage } from '../integrations/IntegrationsPage';
import { MessagesPage } from '../notifications/MessagesPage';
import { PreferencesPage } from '../notifications/PreferencesPage';
import { MySessionsPage } from '../sessions/MySessionsPage';
import { AuditPage } from '../system/AuditPage';
import { SystemPage } from '../system/SystemPage';
import { DispatchBoardPage } from '../tickets/dispatch/DispatchBoardPage';
import { JobPage } from '../tickets/field/JobPage';
import { MyJobsPage } from '../tickets/field/MyJobsPage';
import { ReviewsPage } from '../tickets/reviews/ReviewsPage';
import { TicketDetailPage } from '../tickets/TicketDetailPage';
import { TicketIntakePage } from '../tickets/TicketIntakePage';
import { TicketsPage } from '../tickets/TicketsPage';

/** A part of the product with its own menu entry and route. */
export interface Section {
  path: string;
  labelKey: string;
  icon: ComponentType;
  /** Needed to see the menu entry and open the page (any one of a list); none means every signed-in user. */
  permission?: PermissionRule;
  page: ComponentType;
  /** A page reached from another (a detail page): routed, but not in the menu. */
  hidden?: boolean;
}

export const sections: readonly Section[] = [
  { path: '/', labelKey: 'nav.home', icon: HomeOutlined, page: HomePage },
  { path: '/tickets/new', labelKey: 'tickets.nav.intake', icon: FormOutlined, permission: 'tickets:write', page: TicketIntakePage },
  { path: '/tickets', labelKey: 'tickets.nav.list', icon: ProfileOutlined, permission: 'tickets:read', page: TicketsPage },
  { path: '/tickets/:id', labelKey: 'tickets.nav.list', icon: ProfileOutlined, permission: 'tickets:read', page: TicketDetailPage, hidden: true },
  { path: '/tickets/dispatch', labelKey: 'tickets.nav.dispatch', icon: SendOutlined, permission: 'tickets:dispatch', page: DispatchBoardPage },
  { path: '/my/jobs', labelKey: 'tickets.nav.myJobs', icon: CarryOutOutlined, permission: 'tickets:field-work', page: MyJobsPage },
  { path: '/my/jobs/:id', labelKey: 'tickets.nav.myJobs', icon: CarryOutOutlined, permission: 'tickets:field-work', page: JobPage, hidden: true },
  // Reached from the user bar, as changing one's password is.
  { path: '/my/sessions', labelKey: 'sessions.nav', icon: LaptopOutlined, page: MySessionsPage, hidden: true },
  { path: '/my/notifications', labelKey: 'preferences.nav', icon: MessageOutlined, page: PreferencesPage, hidden: true },
  { path: '/tickets/reviews', labelKey: 'tickets.nav.reviews', icon: ScheduleOutlined, permission: reviewPermissions, page: ReviewsPage },
  { path: '/notifications/messages', labelKey: 'tickets.nav.messages', icon: MessageOutlined, permission: 'notifications:read', page: MessagesPage },
  { path: '/callbacks', labelKey: 'callbacks.nav', icon: PhoneOutlined, permission: 'callbacks:read', page: CallbacksPage },
  { path: '/callbacks/stats', labelKey: 'callbackStats.nav', icon: LineChartOutlined, permission: ['callbacks:read-team', 'callbacks:read-all'], page: CallbackStatsPage },
  { path: '/duty/roster', labelKey: 'desk.nav.roster', icon: ContactsOutlined, permission: 'desk:read', page: RosterPage },
  { path: '/duty/handover', labelKey: 'desk.nav.handover', icon: SwapOutlined, permission: 'desk:handover', page: HandoverPage },
  { path: '/duty/handovers/unsigned', labelKey: 'desk.nav.unsigned', icon: SwapOutlined, permission: 'desk:supervise', page: UnsignedHandoversPage },
  { path: '/knowledge', labelKey: 'knowledge.nav.knowledge', icon: BookOutlined, permission: 'knowledge:read', page: KnowledgeAdminPage },
  { path: '/complaints/new', labelKey: 'complaints.nav.intake', icon: FormOutlined, permission: 'complaints:write', page: ComplaintIntakePage },
  { path: '/complaints', labelKey: 'complaints.nav.list', icon: ExclamationCircleOutlined, permission: 'complaints:read', page: ComplaintsPage },
  { path: '/complaints/:id', labelKey: 'complaints.nav.list', icon: ExclamationCircleOutlined, permission: 'complaints:read', page: ComplaintDetailPage, hidden: true },
  { path: '/customers', labelKey: 'customers.nav.list', icon: IdcardOutlined, permission: 'customers:read', page: CustomersPage },
  { path: '/customers/grading', labelKey: 'customers.nav.grading', icon: BarChartOutlined, permission: 'customers:read', page: GradingPage },
  { path: '/customers/exports', labelKey: 'customers.nav.exports', icon: ExportOutlined, permission: 'customers:export', page: ExportsPage },
  { path: '/customers/sensitive-access', labelKey: 'customers.nav.sensitiveAccess', icon: AuditOutlined, permission: 'customers:sensitive', page: SensitiveAccessPage },
  { path: '/customers/:id', labelKey: 'customers.nav.list', icon: IdcardOutlined, permission: 'customers:read', page: CustomerDetailPage, hidden: true },
  { path: '/facilities', labelKey: 'facilities.nav.tree', icon: ApartmentOutlined, permission: 'facilities:read', page: SitesPage },
  { path: '/facilities/sites/:id', labelKey: 'facilities.nav.tree', icon: ApartmentOutlined, permission: 'facilities:read', page: SitePage, hidden: true },
  { path: '/facilities/buildings/:id', labelKey: 'facilities.nav.tree', icon: ApartmentOutlined, permission: 'facilities:read', page: BuildingPage, hidden: true },
  { path: '/facilities/units/:id', labelKey: 'facilities.nav.tree', icon: ApartmentOutlined, permission: 'facilities:read', page: UnitPage, hidden: true },
  { path: '/facilities/equipment', labelKey: 'facilities.nav.equipment', icon: ThunderboltOutlined, permission: 'facilities:read', page: EquipmentPage },
  { path: '/facilities/equipment/:id', labelKey: 'facilities.nav.equipment', icon: ThunderboltOutlined, permission: 'facilities:read', page: EquipmentDetailPage, hidden: true },
  { path: '/facilities/rounds', labelKey: 'facilities.nav.rounds', icon: CarryOutOutlined, permission: 'facilities:read', page: RoundsPage },
  { path: '/facilities/rounds/:id', labelKey: 'facilities.nav.rounds', icon: CarryOutOutlined, permission: 'facilities:read', page: RoundReportPage, hidden: true },
  { path: '/my/rounds/:id', labelKey: 'facilities.nav.rounds', icon: CarryOutOutlined, permission: 'facilities:rounds', page: RoundWalkPage, hidden: true },
  { path: '/facilities/checklists', labelKey: 'facilities.nav.checklists', icon: CheckSquareOutlined, permission: 'facilities:read', page: ChecklistsPage },
  { path: '/facilities/maintenance-plans', labelKey: 'facilities.nav.plans', icon: ReconciliationOutlined, permission: 'facilities:read', page: MaintenancePlansPage },
  { path: '/facilities/outages', labelKey: 'facilities.nav.outages', icon: WarningOutlined, permission: 'facilities:read', page: OutagesPage },
  { path: '/notices', labelKey: 'facilities.nav.notices', icon: NotificationOutlined, permission: 'facilities:read', page: NoticesPage },
  { path: '/notices/:id/letters', labelKey: 'facilities.nav.notices', icon: NotificationOutlined, permission: 'facilities:read', page: NoticeLettersPage, hidden: true },
  { path: '/sla/escalations', labelKey: 'nav.escalations', icon: AlertOutlined, permission: escalationPermissions, page: EscalationsPage },
  { path: '/sla/extensions', labelKey: 'nav.extensions', icon: ScheduleOutlined, permission: extensionApprovers, page: ExtensionQueuePage },
  { path: '/sla/policies', labelKey: 'nav.slaPolicies', icon: FieldTimeOutlined, permission: 'sla:read', page: PoliciesPage },
  { path: '/sla/calendars', labelKey: 'nav.slaCalendars', icon: CalendarOutlined, permission: 'sla:read', page: CalendarsPage },
  { path: '/admin/staff', labelKey: 'nav.staff', icon: TeamOutlined, permission: 'staff:read', page: StaffPage },
  { path: '/admin/integrations', labelKey: 'integrations.nav', icon: ApiOutlined, permission: 'webhooks:manage', page: IntegrationsPage },
  { path: '/admin/system', labelKey: 'nav.system', icon: ToolOutlined, permission: 'system:admin', page: SystemPage },
  { path: '/admin/audit', labelKey: 'nav.audit', icon: FileSearchOutlined, permission: 'audit:read', page: AuditPage },
];

/** The sections the user may open, in menu order. */
export function sectionsFor(user: Pick<CurrentUser, 'permissions'>, all: readonly Section[] = sections): Section[] {
  return all.filter((section) => !section.hidden && (!section.permission || hasPermission(user, section.permission)));
}
