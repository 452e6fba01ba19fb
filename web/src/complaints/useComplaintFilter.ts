import { useSearchParams } from 'react-router-dom';
import { memberIn } from '../shared/vocabulary';
import { categories, ownerRoles, severities, statuses, validities, type ComplaintQuery } from './types';

export type ComplaintFilter = Pick<ComplaintQuery, 'status' | 'severity' | 'validity' | 'category' | 'ownerRole' | 'breached' | 'overdue' | 'q'>;

/** The complaint list's filter, kept in the address so that it survives a reload and can be shared. */
export function useComplaintFilter(): [ComplaintFilter, (change: Partial<ComplaintFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: ComplaintFilter = {
    status: memberIn(statuses, params.get('status')),
    severity: memberIn(severities, params.get('severity')),
    validity: memberIn(validities, params.get('validity')),
    category: memberIn(categories, params.get('category')),
    ownerRole: memberIn(ownerRoles, params.get('ownerRole')),
    breached: params.get('breached') === 'true' || undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    q: params.get('q') || undefined,
  };

  const change = (values: Partial<ComplaintFilter>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(values)) {
          if (value) next.set(name, String(value));
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );

  return [filter, change];
}
