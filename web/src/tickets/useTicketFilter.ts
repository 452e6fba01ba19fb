import { useSearchParams } from 'react-router-dom';
import { memberIn, membersIn } from '../shared/vocabulary';
import { categories, priorities, statuses, type TicketQuery } from './types';

export interface TicketFilter {
  status: TicketQuery['status'] & unknown[];
  priority: TicketQuery['priority'] & unknown[];
  category?: TicketQuery['category'];
  breached: boolean;
  followUpDue: boolean;
  unassigned: boolean;
  search?: string;
}

/** The ticket list's filter, kept in the address so that it survives a reload and can be shared. */
export function useTicketFilter(): [TicketFilter, (change: Partial<TicketFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: TicketFilter = {
    status: membersIn(statuses, params.get('status')),
    priority: membersIn(priorities, params.get('priority')),
    category: memberIn(categories, params.get('category')),
    breached: params.get('breached') === 'true',
    followUpDue: params.get('followUpDue') === 'true',
    unassigned: params.get('unassigned') === 'true',
    search: params.get('search') ?? undefined,
  };

  const change = (values: Partial<TicketFilter>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(values)) {
          const text = Array.isArray(value) ? value.join(',') : value;
          if (text === undefined || text === '' || text === false) next.delete(name);
          else next.set(name, String(text));
        }
        return next;
      },
      { replace: true },
    );

  return [filter, change];
}

/** The list endpoint's query for a filter; only the filters that are set are sent. */
export function toTicketQuery(filter: TicketFilter): TicketQuery {
  return {
    status: filter.status.length > 0 ? filter.status : undefined,
    priority: filter.priority.length > 0 ? filter.priority : undefined,
    category: filter.category,
    breached: filter.breached || undefined,
    followUpDue: filter.followUpDue || undefined,
    unassigned: filter.unassigned || undefined,
    search: filter.search || undefined,
  };
}
