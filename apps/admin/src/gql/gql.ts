/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($limit: Int, $beforeSeq: String) {\n    auditLog(limit: $limit, beforeSeq: $beforeSeq) {\n      seq\n      at\n      actorName\n      onBehalfOf\n      action\n      subjectType\n      subjectId\n      detail\n      hash\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked firstBrokenSeq reason }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": typeof types.MeDocument,
    "\n  query Delegations {\n    delegations {\n      id\n      department { id name code }\n      granteeUserId\n      granteeUserName\n      uses { id matterCode action usedAt }\n      granteeWindow { id name code }\n      allMatters\n      matterCodes\n      validFrom\n      validUntil\n      revokedAt\n      reason\n      active\n    }\n  }\n": typeof types.DelegationsDocument,
    "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n": typeof types.GrantDelegationDocument,
    "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n": typeof types.RevokeDelegationDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) { ...OrgUnitFields }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query SearchOrgUnits($query: String!, $limit: Int) {\n    searchOrgUnits(query: $query, limit: $limit) { ...OrgUnitFields }\n  }\n": typeof types.SearchOrgUnitsDocument,
    "\n  query Tenants {\n    tenants { id divisionCode name createdAt }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($search: String) {\n    users(search: $search) { ...UserFields }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n": typeof types.RevokeMembershipDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n": typeof types.UnlockUserDocument,
};
const documents: Documents = {
    "\n  query AuditLog($limit: Int, $beforeSeq: String) {\n    auditLog(limit: $limit, beforeSeq: $beforeSeq) {\n      seq\n      at\n      actorName\n      onBehalfOf\n      action\n      subjectType\n      subjectId\n      detail\n      hash\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked firstBrokenSeq reason }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": types.MeDocument,
    "\n  query Delegations {\n    delegations {\n      id\n      department { id name code }\n      granteeUserId\n      granteeUserName\n      uses { id matterCode action usedAt }\n      granteeWindow { id name code }\n      allMatters\n      matterCodes\n      validFrom\n      validUntil\n      revokedAt\n      reason\n      active\n    }\n  }\n": types.DelegationsDocument,
    "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n": types.GrantDelegationDocument,
    "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n": types.RevokeDelegationDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) { ...OrgUnitFields }\n  }\n": types.OrgUnitsDocument,
    "\n  query SearchOrgUnits($query: String!, $limit: Int) {\n    searchOrgUnits(query: $query, limit: $limit) { ...OrgUnitFields }\n  }\n": types.SearchOrgUnitsDocument,
    "\n  query Tenants {\n    tenants { id divisionCode name createdAt }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n": types.CreateTenantDocument,
    "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($search: String) {\n    users(search: $search) { ...UserFields }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n": types.CreateUserDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n": types.AddMembershipDocument,
    "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n": types.RevokeMembershipDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n": types.UnlockUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int, $beforeSeq: String) {\n    auditLog(limit: $limit, beforeSeq: $beforeSeq) {\n      seq\n      at\n      actorName\n      onBehalfOf\n      action\n      subjectType\n      subjectId\n      detail\n      hash\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int, $beforeSeq: String) {\n    auditLog(limit: $limit, beforeSeq: $beforeSeq) {\n      seq\n      at\n      actorName\n      onBehalfOf\n      action\n      subjectType\n      subjectId\n      detail\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked firstBrokenSeq reason }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked firstBrokenSeq reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { ...MeFields }\n  }\n"): (typeof documents)["\n  query Me {\n    me { ...MeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delegations {\n    delegations {\n      id\n      department { id name code }\n      granteeUserId\n      granteeUserName\n      uses { id matterCode action usedAt }\n      granteeWindow { id name code }\n      allMatters\n      matterCodes\n      validFrom\n      validUntil\n      revokedAt\n      reason\n      active\n    }\n  }\n"): (typeof documents)["\n  query Delegations {\n    delegations {\n      id\n      department { id name code }\n      granteeUserId\n      granteeUserName\n      uses { id matterCode action usedAt }\n      granteeWindow { id name code }\n      allMatters\n      matterCodes\n      validFrom\n      validUntil\n      revokedAt\n      reason\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n"): (typeof documents)["\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrgUnits($query: String!, $limit: Int) {\n    searchOrgUnits(query: $query, limit: $limit) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  query SearchOrgUnits($query: String!, $limit: Int) {\n    searchOrgUnits(query: $query, limit: $limit) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants {\n    tenants { id divisionCode name createdAt }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants { id divisionCode name createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"): (typeof documents)["\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String) {\n    users(search: $search) { ...UserFields }\n  }\n"): (typeof documents)["\n  query Users($search: String) {\n    users(search: $search) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;