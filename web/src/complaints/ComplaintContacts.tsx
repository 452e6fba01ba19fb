import { ContactHistory } from '../tickets/ContactLog';
import { useComplaintContacts, useLogComplaintContact } from './api';

interface Props {
  complaintId: string;
  /** Whether a contact may be logged now (the complaint is not closed and the user may handle complaints). */
  canLog: boolean;
}

/** The complaint's 联系记录, as for tickets: the first contact meets first contact; an unreachable complainant gets the apology SMS. */
export function ComplaintContacts({ complaintId, canLog }: Props) {
  const contacts = useComplaintContacts(complaintId);
  const log = useLogComplaintContact(complaintId);
  return <ContactHistory contacts={contacts} log={canLog ? log : undefined} />;
}
