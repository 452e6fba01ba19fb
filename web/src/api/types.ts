// The one place that names the generated schema's types: a rename in the OpenAPI document is a
// one-line change here.
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['UserResponse'];
export type Staff = Schemas['StaffMemberResponse'];
export type NewStaff = Schemas['CreateStaffMember'];
export type Team = Schemas['TeamResponse'];
export type StaffQuery = NonNullable<paths['/api/v1/staff']['get']['parameters']['query']>;
export type ParkedMessage = Schemas['ParkedMessage'];
