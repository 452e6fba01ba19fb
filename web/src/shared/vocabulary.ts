/**
 * Every member of an API enum, in the order the screens show them. The compiler refuses a list that names a
 * member the API does not have or leaves one out:
 * `vocabulary<Schemas['TicketKind']>()(['Enquiry', 'ServiceRequest', 'Repair'])`.
 */
export function vocabulary<Member extends string>() {
  return <const List extends readonly Member[]>(list: List & MissingNone<Member, List[number]>): List => list;
}

type MissingNone<Member, Listed> = [Exclude<Member, Listed>] extends [never] ? unknown : { missing: Exclude<Member, Listed> };
