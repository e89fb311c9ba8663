import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { baseUrl, DEMO_PASSWORD, eventually, login, pagePerTest } from './browser';

async function api<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
const tokenOf = async (username: string) =>
  (await api(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`, { u: username, p: DEMO_PASSWORD })).login.accessToken as string;

const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请

/** The width and height the browser decoded a thumbnail at (the stored photo's own size). */
const naturalSize = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);

/** 材料照片 on the case page: the clerk uploads a phone photo and sees it upright and scaled; a GIF is refused with the API's message. */
describe('a township clerk photographs a material onto the case', () => {
  let page: Page;
  let caseId = '';
  pagePerTest((session) => ({ page } = session));

  beforeAll(async () => {
    const admin = await tokenOf('hy_admin');
    const cgz = (await api(`{ searchOrgUnits(query: "610921100000", first: 5) { nodes { id code } } }`, {}, admin)).searchOrgUnits.nodes.find((u: { code: string }) => u.code === '610921100000').id;
    const matterId = (await api(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`, {})).guideMatter.matterId;
    const clerk = await tokenOf('cgz_clerk');
    caseId = (await api(`mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, { input: { idempotencyKey: crypto.randomUUID(), matterId, acceptingUnitId: cgz, applicantName: '李奶奶' } }, clerk)).submitCase.id;
  });

  it('uploads a landscape phone photo tagged “turn right”: the card shows it upright, ≤ 2000 px; a GIF gets the coded message', async () => {
    const photo = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#996633' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 53/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    await login(page, 'cgz_clerk');
    await page.goto(`/cases/${caseId}`);
    const card = page.getByTestId('case-material-files');
    await card.waitFor();
    expect(await card.innerText()).toContain('尚未上传材料照片');

    await card.getByTestId('material-name').locator('input').fill('户口簿');
    await card.locator('input[type=file]').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    const table = card.getByTestId('material-files');
    await table.waitFor();
    expect(await table.innerText()).toMatch(/户口簿[\s\S]*1000×2000[\s\S]*cgz_clerk/);
    const thumb = card.locator('img[data-testid^="material-thumb-"]');
    await thumb.waitFor();
    const testId = (await thumb.getAttribute('data-testid'))!;
    await eventually(async () => expect(await naturalSize(page, testId)).toEqual([1000, 2000]));

    // The browser says image/gif is a JPEG; the server reads the bytes.
    await card.locator('input[type=file]').setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') });
    const error = card.getByTestId('material-upload-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).toBe('CASE_MATERIAL_FILE_TYPE_UNSUPPORTED');
    expect(await error.innerText()).toContain('只收 JPEG、PNG、WebP 照片或 PDF');
    expect(await table.locator('tbody tr').count()).toBe(1);
  });

  it('another township’s clerk does not get the case, nor its card', async () => {
    await login(page, 'jcz_clerk');
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('case-error').waitFor();
    expect(await page.getByTestId('case-error').getAttribute('data-error-code')).toBe('NOT_FOUND');
    expect(await page.getByTestId('case-material-files').count()).toBe(0);
  });
});
