/** Application role: owns no tables, is not a superuser, cannot bypass RLS. */
export const APP_ROLE = 'county_app';

export function appRolePassword(): string {
  return process.env.APP_DB_PASSWORD ?? 'county_app_local';
}

/** Same server and database as the owner URL, logged in as the application role. */
export function appUrlFrom(ownerUrl: string): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appRolePassword();
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
