import { useSearchParams } from 'react-router-dom';
import { memberIn } from '../shared/vocabulary';
import { customerTypes, type CustomerQuery } from './types';

export type CustomerFilter = Pick<CustomerQuery, 'search' | 'type' | 'tier' | 'vip' | 'archived'>;

/** The customer list's filter, kept in the address so that it survives a reload and can be shared. */
export function useCustomerFilter(): [CustomerFilter, (change: Partial<CustomerFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const flag = (name: string) => (params.get(name) === null ? undefined : params.get(name) === 'true');
  const tier = params.get('tier');
  const filter: CustomerFilter = {
    search: params.get('search') ?? undefined,
    type: memberIn(customerTypes, params.get('type')),
    tier: tier === null ? undefined : Number(tier),
    vip: flag('vip'),
    archived: flag('archived'),
  };

  const change = (values: Partial<CustomerFilter>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(values)) {
          if (value === undefined || value === '' || value === false) next.delete(name);
          else next.set(name, String(value));
        }
        return next;
      },
      { replace: true },
    );

  return [filter, change];
}
