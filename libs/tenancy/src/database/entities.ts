import { AuditEntry } from '../audit/audit-entry.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { Delegation } from '../delegations/delegation.entity';
import { DelegationUse } from '../delegations/delegation-use.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Tenant } from '../tenants/tenant.entity';
import { Membership } from '../users/membership.entity';
import { User } from '../users/user.entity';

export const TENANCY_ENTITIES = [Tenant, OrgUnit, User, Membership, AuthSession, Delegation, DelegationUse, AuditEntry];
