/**
 * Every member of an API enum, in the order the screens show them. The compiler refuses a list that names a
 * member the API does not have or leaves one out:
 * `vocabulary<Schemas['TicketKind']>()(['Enquiry', 'ServiceRequest', 'Repair'])`.
 */
export function vocabulary<Member extends string>() {
  return <const List extends readonly Member[]>(list: List & MissingNone<Member, List[number]>): List => list;
}

type MissingNone<Member, Listed> = [Exclude<Member, Listed>] extends [never] ? unknown : { missing: Exclude<Member, Listed> };

/** The member of `list` a text (from the address, say) names, or undefined when it names none. */
export function memberIn<Member extends string>(list: readonly Member[], text: string | null): Member | undefined {
  return list.find((member) => member === text);
}

/** The members of `list` a comma-separated text names; names that are not members are dropped. */
export function membersIn<Member extends string>(list: readonly Member[], text: string | null): Member[] {
  return (text?.split(',') ?? []).flatMap((name) => memberIn(list, name) ?? []);
}
