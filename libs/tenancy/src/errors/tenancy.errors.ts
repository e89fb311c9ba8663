import { DomainError } from './domain-error';

/** Coded errors of the tenancy domain. Codes are stable: clients and tests rely on them. */
export const TenancyError = {
  Unauthenticated: () => new DomainError('UNAUTHENTICATED', '请先登录', 'Please log in'),
  TokenExpired: () => new DomainError('TOKEN_EXPIRED', '登录已过期，请重新登录', 'Your session has expired, please log in again'),
  TokenRevoked: () => new DomainError('TOKEN_REVOKED', '登录已注销，请重新登录', 'This session was logged out, please log in again'),
  InvalidCredentials: () => new DomainError('INVALID_CREDENTIALS', '用户名或密码错误', 'Wrong username or password'),
  AccountLocked: (until: Date) =>
    new DomainError(
      'ACCOUNT_LOCKED',
      `连续登录失败次数过多，账号已锁定至 ${until.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`,
      `Too many failed logins; the account is locked until ${until.toISOString()}`,
      { lockedUntil: until.toISOString() },
    ),
  AccountDisabled: () => new DomainError('ACCOUNT_DISABLED', '账号已停用', 'This account is disabled'),
  RefreshTokenInvalid: () =>
    new DomainError('REFRESH_TOKEN_INVALID', '刷新令牌无效，请重新登录', 'The refresh token is not valid, please log in again'),
  Forbidden: () => new DomainError('FORBIDDEN', '没有权限执行此操作', 'You are not allowed to do this'),
  NotFound: (what: string, id: string) =>
    new DomainError('NOT_FOUND', `未找到${what}（${id}）`, `${what} ${id} was not found`, { id }),
  WeakPassword: (rules: string[]) =>
    new DomainError(
      'PASSWORD_TOO_WEAK',
      '密码至少 10 位，须同时包含字母和数字，且不能包含用户名',
      'The password needs at least 10 characters with letters and digits, and must not contain the username',
      { rules },
    ),
  WrongPassword: () => new DomainError('WRONG_PASSWORD', '原密码不正确', 'The current password is wrong'),
  UsernameTaken: (username: string) =>
    new DomainError('USERNAME_TAKEN', `用户名 ${username} 已被使用`, `The username ${username} is already taken`, { username }),
  UsernameInvalid: () =>
    new DomainError(
      'USERNAME_INVALID',
      '用户名须为 3–32 位字母、数字、下划线或点，以字母开头',
      'A username has 3–32 letters, digits, underscores or dots and starts with a letter',
    ),
  MembershipExists: () => new DomainError('MEMBERSHIP_EXISTS', '该人员在此单位已有此角色', 'This person already holds this role at this unit'),
  RoleNotAllowedAtUnit: (role: string, kind: string) =>
    new DomainError('ROLE_NOT_ALLOWED_AT_UNIT', `角色 ${role} 不能设在 ${kind} 类单位`, `Role ${role} cannot be held at a ${kind} unit`, { role, kind }),
  TenantExists: (code: string) =>
    new DomainError('TENANT_EXISTS', `区划 ${code} 已开通`, `A tenant for division ${code} already exists`, { divisionCode: code }),
  DivisionNotCounty: (code: string) =>
    new DomainError('DIVISION_NOT_COUNTY', `区划 ${code} 不是县级区划`, `Division ${code} is not a county-level division`, { divisionCode: code }),
  DivisionNotImported: (code: string) =>
    new DomainError(
      'DIVISION_NOT_IMPORTED',
      `区划 ${code} 尚未导入，请先运行 npm run divisions -- import ${code}`,
      `Division ${code} has not been imported; run npm run divisions -- import ${code} first`,
      { code },
    ),
  OrgUnitKindNotAllowed: (kind: string, parentKind: string) =>
    new DomainError(
      'ORG_UNIT_KIND_NOT_ALLOWED',
      `不能在 ${parentKind} 下设立 ${kind}`,
      `A ${kind} cannot be created under a ${parentKind}`,
      { kind, parentKind },
    ),
  DelegationPeriodInvalid: () =>
    new DomainError('DELEGATION_PERIOD_INVALID', '授权截止时间须晚于起始时间', 'A delegation must end after it starts'),
  DelegationScopeEmpty: () =>
    new DomainError('DELEGATION_SCOPE_EMPTY', '请指定授权事项或选择全部事项', 'Name the matters delegated or choose all matters'),
  DelegationGranteeInvalid: () =>
    new DomainError('DELEGATION_GRANTEE_INVALID', '授权对象须为一名人员或一个窗口', 'A delegation goes to exactly one person or one window'),
  DelegationAlreadyRevoked: () =>
    new DomainError('DELEGATION_ALREADY_REVOKED', '该授权已撤销', 'This delegation has already been revoked'),
  NotADepartment: () => new DomainError('NOT_A_DEPARTMENT', '授权单位须为部门', 'Only a department can grant a delegation'),
};
