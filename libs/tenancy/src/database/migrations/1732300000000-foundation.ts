import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, appRolePassword } from '../database-urls';
import { enableTenantIsolation } from '../row-level-security';
import { PLATFORM_TENANT_ID } from '../../tenants/platform-tenant';

/** Tables that hold one county's data; each gets the tenant isolation policy. */
export const TENANT_TABLES = [
  'org_unit',
  'app_user',
  'membership',
  'auth_session',
  'delegation',
  'delegation_use',
  'audit_log',
];

/**
 * The foundation: national division reference data, tenants, org units, people,
 * sessions, delegations and the audit chain, with row-level security.
 */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(q: QueryRunner): Promise<void> {
    const password = appRolePassword().replace(/'/g, "''");
    await q.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);

    // Transaction-local settings: an empty string after the transaction ends means "no tenant".
    await q.query(`
      CREATE FUNCTION current_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$`);
    await q.query(`
      CREATE FUNCTION is_platform_context() RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$`);

    // National statistical division codes (统计用区划代码): reference data shared by all tenants.
    await q.query(`
      CREATE TABLE division (
        code varchar(12) PRIMARY KEY,
        short_code varchar(12) NOT NULL,
        name text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
        parent_code varchar(12),
        path ltree NOT NULL,
        pinyin text NOT NULL DEFAULT '',
        pinyin_initials text NOT NULL DEFAULT ''
      )`);
    await q.query(`CREATE INDEX division_path_idx ON division USING gist (path)`);
    await q.query(`CREATE INDEX division_parent_idx ON division (parent_code)`);

    await q.query(`
      CREATE TABLE tenant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        division_code varchar(12) NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'county' CHECK (kind IN ('platform', 'county')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `INSERT INTO tenant (id, division_code, name, kind) VALUES ($1, '000000000000', '平台运营', 'platform')`,
      [PLATFORM_TENANT_ID],
    );

    await q.query(`
      CREATE TABLE org_unit (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('county', 'township', 'village', 'department', 'service_center', 'window')),
        parent_id uuid,
        path ltree NOT NULL,
        pinyin text NOT NULL DEFAULT '',
        pinyin_initials text NOT NULL DEFAULT '',
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, code),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES org_unit (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX org_unit_path_idx ON org_unit USING gist (path)`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (tenant_id, parent_id)`);
    await q.query(`CREATE INDEX org_unit_name_idx ON org_unit (tenant_id, name text_pattern_ops)`);

    await q.query(`
      CREATE TABLE app_user (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        phone text,
        password_hash text NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    // Login names are global so people log in without naming their county.
    await q.query(`CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username))`);

    await q.query(`
      CREATE TABLE membership (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        org_unit_id uuid,
        role text NOT NULL CHECK (role IN ('platform_operator', 'catalog_admin', 'department_approver', 'window_clerk', 'village_agent', 'supervisor')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        revoked_at timestamptz,
        revoked_by uuid,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id),
        CHECK ((role = 'platform_operator') = (org_unit_id IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX membership_active_idx ON membership (tenant_id, user_id, coalesce(org_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), role)
      WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE auth_session (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        refresh_hash text NOT NULL,
        generation integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
      )`);

    // 授权 / 一纸授权: a department grants a person or a window authority over matters for a period.
    await q.query(`
      CREATE TABLE delegation (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL,
        grantee_user_id uuid,
        grantee_window_id uuid,
        all_matters boolean NOT NULL DEFAULT false,
        matter_codes text[] NOT NULL DEFAULT '{}',
        valid_from timestamptz NOT NULL,
        valid_until timestamptz NOT NULL,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, grantee_user_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, grantee_window_id) REFERENCES org_unit (tenant_id, id),
        CHECK ((grantee_user_id IS NULL) <> (grantee_window_id IS NULL)),
        CHECK (valid_until > valid_from),
        CHECK (all_matters OR cardinality(matter_codes) > 0)
      )`);
    await q.query(`
      CREATE TABLE delegation_use (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        delegation_id uuid NOT NULL,
        used_by uuid NOT NULL,
        matter_code text NOT NULL,
        action text NOT NULL,
        subject_id text,
        used_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, delegation_id) REFERENCES delegation (tenant_id, id)
      )`);

    // Append-only, hash-chained (SM3) audit log; one chain per tenant.
    await q.query(`
      CREATE TABLE audit_log (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        seq bigint NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text NOT NULL DEFAULT '',
        on_behalf_of text,
        action text NOT NULL,
        subject_type text,
        subject_id text,
        detail jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (tenant_id, seq)
      )`);
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);

    // Row-level security: the floor under the application's own checks.
    await q.query(`ALTER TABLE tenant ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_visibility ON tenant
      USING (id = current_tenant_id() OR is_platform_context())
      WITH CHECK (is_platform_context())`);
    for (const table of TENANT_TABLES) await enableTenantIsolation(q, table);

    // Login happens before a tenant is known: a narrow definer function finds whose name it is.
    await q.query(`
      CREATE FUNCTION find_login(p_username text) RETURNS TABLE (tenant_id uuid, user_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
      $$ SELECT tenant_id, id FROM app_user WHERE lower(username) = lower(p_username) $$`);
    await q.query(`REVOKE ALL ON FUNCTION find_login(text) FROM PUBLIC`);

    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON division TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON tenant TO ${APP_ROLE}`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON org_unit, app_user, membership, auth_session, delegation TO ${APP_ROLE}`,
    );
    await q.query(`GRANT SELECT, INSERT ON delegation_use, audit_log TO ${APP_ROLE}`);
    await q.query(`GRANT EXECUTE ON FUNCTION find_login(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS find_login(text)`);
    for (const table of [...TENANT_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_is_append_only()`);
    await q.query(`DROP TABLE IF EXISTS tenant, division CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS current_tenant_id(), is_platform_context()`);
  }
}
