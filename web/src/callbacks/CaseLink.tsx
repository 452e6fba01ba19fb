import { Link } from 'react-router-dom';
import type { Callback } from './types';

const pages: Partial<Record<NonNullable<Callback['itemType']>, string>> = { Ticket: '/tickets', Complaint: '/complaints' };

/** The ticket or complaint a callback follows, linked to its page; a visit by its number only. */
export function CaseLink({ callback }: { callback: Pick<Callback, 'itemType' | 'itemId' | 'itemNumber'> }) {
  const { itemType, itemId, itemNumber } = callback;
  if (!itemType || !itemId) return null;
  const page = pages[itemType];
  const label = itemNumber ?? itemId;
  return page ? <Link to={`${page}/${itemId}`}>{label}</Link> : <>{label}</>;
}
