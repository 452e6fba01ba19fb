import { useSearchParams } from 'react-router-dom';
import type { StaffQuery } from '../api/types';
import { memberIn } from '../shared/vocabulary';
import { roleNames } from './catalog';

export type StaffFilter = Pick<StaffQuery, 'search' | 'role' | 'teamId' | 'active'>;

/** The staff list's filter, kept in the address so that it survives a reload and can be shared. */
export function useStaffFilter(): [StaffFilter, (change: Partial<StaffFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const active = params.get('active');
  const filter: StaffFilter = {
    search: params.get('search') ?? undefined,
    role: memberIn(roleNames, params.get('role')),
    teamId: params.get('teamId') ?? undefined,
    active: active === null ? undefined : active === 'true',
  };

  const change = (values: Partial<StaffFilter>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(values)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
        }
        return next;
      },
      { replace: true },
    );

  return [filter, change];
}
