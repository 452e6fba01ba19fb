// The one place that names the generated schema's types: a rename in the OpenAPI document is a
// one-line change here.
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['UserResponse'];
export type PasswordChange = Schemas['ChangePassword'];
export type TimeZonePick = Schemas['ChangeMyTimeZone'];
export type Staff = Schemas['StaffMemberResponse'];
export type NewStaff = Schemas['CreateStaffMember'];
export type Team = Schemas['TeamResponse'];
export type StaffQuery = NonNullable<paths['/api/v1/staff']['get']['parameters']['query']>;
export type ParkedMessage = Schemas['ParkedMessage'];
export type EncryptionStatus = Schemas['EncryptionStatus'];
export type AuditEntry = Schemas['AuditEntry'];
export type SlaPolicy = Schemas['PolicyResponse'];
export type SlaPolicyFields = Schemas['PolicyFields'];
export type SlaPolicyMatch = Schemas['PolicyMatch'];
export type SlaPolicyEvaluation = Schemas['PolicyEvaluation'];
export type SlaWorkType = Schemas['SlaWorkType'];
export type SlaMetric = Schemas['SlaMetric'];
export type SlaCalendar = Schemas['CalendarResponse'];
export type SlaCalendarFields = Schemas['CalendarFields'];
export type WeeklyHours = Schemas['WeeklyHours'];
export type DayOfWeek = Schemas['DayOfWeek'];
export type WorkComplexity = Schemas['WorkComplexity'];
export type ComplaintSeverity = Schemas['ComplaintSeverity'];
export type StaffRole = Schemas['StaffRole'];
export type SlaEscalation = Schemas['EscalationResponse'];
/** What the policy tester asks about. */
export type SlaPolicyQuestion = Schemas['EvaluatePolicy'];
export type MySession = Schemas['MySessionResponse'];
