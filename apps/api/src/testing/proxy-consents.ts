import sharp from 'sharp';
import { residentIdCheckChar } from '@county/cases';
import type { TestApp } from './test-app';

/** A resident ID number with its check character. */
export const residentId = (first17: string) => first17 + residentIdCheckChar(first17);

/** Beijing's date `days` from today (the database's and the app's clock in tests that do not set it). */
export function beijingDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The photo of a signed 委托书, as a phone takes it. */
export const consentPhoto = () => sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();

export interface ConsentFields {
  id?: string;
  holder?: string;
  allMatters?: string;
  matterCodes?: string[] | string;
  validFrom?: string;
  validUntil?: string;
  evidenceKind?: string;
}

export interface RecordedConsent {
  status: number;
  json: any;
  code: string | undefined;
}

/** POST /api/applicants/:id/consents, multipart, as the product's phone screen sends it; `photo: null` sends none. */
export async function recordConsent(t: TestApp, token: string, applicantId: string, fields: ConsentFields = {}, photo?: Buffer | null): Promise<RecordedConsent> {
  const form = new FormData();
  const values: Record<string, string | undefined> = {
    holder: 'AGENT',
    allMatters: 'true',
    // Signed long ago and good for a year more: in force on the database's clock and on a test's set clock alike.
    validFrom: beijingDay(-400),
    validUntil: beijingDay(365),
    evidenceKind: 'SIGNED_FORM',
    ...fields,
    matterCodes: Array.isArray(fields.matterCodes) ? JSON.stringify(fields.matterCodes) : fields.matterCodes,
  };
  if (fields.matterCodes && fields.allMatters === undefined) values.allMatters = 'false';
  for (const [k, v] of Object.entries(values)) if (v !== undefined) form.append(k, v);
  const body = photo === undefined ? await consentPhoto() : photo;
  if (body) form.append('evidence', new Blob([new Uint8Array(body)], { type: 'image/jpeg' }), 'consent.jpg');
  const res = await fetch(`${t.url}/api/applicants/${applicantId}/consents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const json = (await res.json()) as any;
  return { status: res.status, json, code: json.errors?.[0]?.extensions.code as string | undefined };
}

const REGISTER = `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;

/** A villager registered by the agent, with a consent naming her for all proxy-allowed matters. */
export async function entrustedApplicant(t: TestApp, agentToken: string, villageId: string, name: string, first17: string): Promise<{ applicantId: string; consentId: string }> {
  const r = await t.gql(REGISTER, { input: { kind: 'PERSON', name, idNumber: residentId(first17), residenceUnitId: villageId } }, agentToken);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const applicantId = r.data.registerApplicant.id as string;
  const consent = await recordConsent(t, agentToken, applicantId);
  if (consent.status !== 201) throw new Error(JSON.stringify(consent.json));
  return { applicantId, consentId: consent.json.id };
}
