import { useSearchParams } from 'react-router-dom';
import type { TicketQuery } from './types';

export interface TicketFilter {
  status: string[];
  priority: string[];
  category?: string;
  breached: boolean;
  followUpDue: boolean;
  unassigned: boolean;
  search?: string;
}

/** The ticket list's filter, kept in the address so that it survives a reload and can be shared. */
export function useTicketFilter(): [TicketFilter, (change: Partial<TicketFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const list = (name: string) => params.get(name)?.split(',').filter(Boolean) ?? [];
  const filter: TicketFilter = {
    status: list('status'),
    priority: list('priority'),
    category: params.get('category') ?? undefined,
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
    status: filter.status.join(',') || undefined,
    priority: filter.priority.join(',') || undefined,
    category: filter.category,
    breached: filter.breached || undefined,
    followUpDue: filter.followUpDue || undefined,
    unassigned: filter.unassigned || undefined,
    search: filter.search || undefined,
  };
}
