import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../api/types';
import { useStaffMember } from './useStaff';

const staffActor = /^staff:(.+)$/;

/** A staff member as customer pages name them: 张伟（103号 · 客服经理）. */
export function describeStaff(staff: Staff, t: TFunction): string {
  const roles = staff.roles.map((role) => t(`roles.${role}`)).join('、');
  return t('customers.staff.label', { name: staff.displayName, serviceNumber: staff.serviceNumber, roles });
}

/** The staff member with this id, by name; `fallback` (the id) while loading or when no one has it. */
export function StaffName({ id, fallback = id }: { id: string; fallback?: string }) {
  const { t } = useTranslation();
  const staff = useStaffMember(id).data;
  return <>{staff ? describeStaff(staff, t) : fallback}</>;
}

/** Who did something: the staff member's name for a `staff:<id>` actor, any other actor (an API client) as recorded. */
export function ActorName({ actor }: { actor: string }) {
  const staffId = staffActor.exec(actor)?.[1];
  return staffId ? <StaffName id={staffId} fallback={actor} /> : <>{actor}</>;
}
