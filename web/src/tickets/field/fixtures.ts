import type { CurrentUser } from '../../api/types';
import type { JobDetail, JobSummary } from './api';

export const fieldTechnician: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000301',
  username: 'tech',
  displayName: '刘强',
  serviceNumber: '201',
  roles: ['Technician'],
  permissions: ['tickets:field-work'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export function jobSummary(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id: '0190d000-0000-7000-8000-000000000001',
    number: 'T-20261123-0042',
    status: 'Scheduled',
    priority: 'Normal',
    kind: 'Repair',
    category: 'Plumbing',
    customerName: '王建国',
    customerPhone: '13812345678',
    unitId: '3-2-1201',
    location: null,
    appointmentFrom: '2026-11-23T06:00:00Z',
    appointmentTo: '2026-11-23T08:00:00Z',
    promisedAt: null,
    firstContactDueAt: '2099-11-23T04:00:00Z',
    resolutionDueAt: '2099-11-24T01:00:00Z',
    lead: true,
    ...overrides,
  };
}

export function jobDetail(overrides: Partial<JobDetail> = {}): JobDetail {
  return {
    job: jobSummary(),
    description: '厨房水管漏水',
    chargeable: false,
    fee: null,
    technicianIds: [fieldTechnician.id],
    visits: [],
    workLogs: [],
    photos: [],
    signOffs: [],
    ...overrides,
  };
}

/** A visit the technician opened and has not closed: they are on site. */
export const openVisit = {
  id: '0190f000-0000-7000-8000-000000000001',
  ticketId: jobSummary().id,
  technicianId: fieldTechnician.id,
  checkedInAt: '2026-11-23T06:05:00Z',
  latitude: null,
  longitude: null,
  checkedOutAt: null,
};
