import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 材料照片: the files of a case's materials. Only what describes a file lives here — where the
 * file store keeps it (`storage_key`), its sniffed type, size, SHA-256 of the stored bytes and,
 * for images, the size after normalization. The bytes themselves never enter the database.
 */
export class CaseMaterialFile1733700000700 implements MigrationInterface {
  name = 'CaseMaterialFile1733700000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_material_file (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        material_name text NOT NULL CHECK (length(material_name) BETWEEN 1 AND 200),
        storage_key text NOT NULL CHECK (length(storage_key) BETWEEN 1 AND 300),
        mime text NOT NULL CHECK (mime IN ('image/jpeg', 'application/pdf')),
        bytes int NOT NULL CHECK (bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        width int CHECK (width > 0),
        height int CHECK (height > 0),
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, storage_key),
        CHECK ((mime = 'image/jpeg') = (width IS NOT NULL AND height IS NOT NULL)),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, uploaded_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX case_material_file_case_idx ON case_material_file (tenant_id, case_id, uploaded_at)`);
    await enableTenantIsolation(q, 'case_material_file');
    await q.query(`GRANT SELECT, INSERT ON case_material_file TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS case_material_file`);
  }
}
