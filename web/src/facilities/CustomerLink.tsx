import { Link } from 'react-router-dom';
import { useCustomer } from '../customers/api';

/** A customer's name linking to their record; the id until (or unless) the name can be read. */
export function CustomerLink({ id }: { id: string }) {
  const customer = useCustomer(id);
  return <Link to={`/customers/${id}`}>{customer.data?.resource.name ?? id}</Link>;
}
