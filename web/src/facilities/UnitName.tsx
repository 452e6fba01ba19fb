import { Link } from 'react-router-dom';
import { useUnit } from './api';

/** A unit's address linking to the unit; the id until (or unless) the unit can be read. */
export function UnitName({ id }: { id: string }) {
  const unit = useUnit(id);
  return <Link to={`/facilities/units/${id}`}>{unit.data?.label ?? id}</Link>;
}
