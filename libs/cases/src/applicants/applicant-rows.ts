import { ApplicantIdKind, PartyKind, ApplicantView } from './applicant.types';
import { isElderly, specialGroupsOf } from './special-groups';

/** What a read selects: never the cipher or the hash. The aliases are the Applicant subject's (cases.permissions.ts). */
export const APPLICANT_COLUMNS = `ap.id, ap.kind, ap.name, ap.id_kind, ap.id_masked, ap.birth_date::text AS birth_date, ap.phone, ap.address,
  ap.residence_unit_id, apu.name AS residence_unit_name, ap.disabled, ap.low_income, ap.entitled, ap.created_at, ap.updated_at`;

export const APPLICANT_FROM = `applicant ap LEFT JOIN org_unit apu ON apu.tenant_id = ap.tenant_id AND apu.id = ap.residence_unit_id`;

export interface ApplicantRow {
  id: string;
  kind: PartyKind;
  name: string;
  id_kind: ApplicantIdKind;
  id_masked: string;
  birth_date: string | null;
  phone: string | null;
  address: string | null;
  residence_unit_id: string | null;
  residence_unit_name: string | null;
  disabled: boolean;
  low_income: boolean;
  entitled: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

/** The API's view of a row as of `today` (Beijing): elderly and the special groups are derived. */
export function applicantView(row: ApplicantRow, today: string): ApplicantView {
  const flags = { birthDate: row.birth_date, disabled: row.disabled, lowIncome: row.low_income, entitled: row.entitled };
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    idKind: row.id_kind,
    idNumberMasked: row.id_masked,
    birthDate: row.birth_date,
    phone: row.phone,
    address: row.address,
    residenceUnitId: row.residence_unit_id,
    residenceUnitName: row.residence_unit_name,
    disabled: row.disabled,
    lowIncome: row.low_income,
    entitled: row.entitled,
    elderly: isElderly(row.birth_date, today),
    specialGroups: specialGroupsOf(flags, today),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
