/** Application role: owns no tables, is not a superuser, cannot bypass RLS. */
export const APP_ROLE = 'county_app';

/**
 * The application role's password as the migration creates the role: `APP_DB_PASSWORD`, or a
 * development default for throwaway and external development databases (production requires
 * `APP_DB_PASSWORD`; the embedded database replaces it with a generated one at every start).
 */
export function appRolePassword(): string {
  return process.env.APP_DB_PASSWORD || 'county_app_local';
}

/** Same server and database as the owner URL, logged in as the application role (`APP_DATABASE_URL` wins). */
export function appUrlFrom(ownerUrl: string, password: string = appRolePassword()): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
