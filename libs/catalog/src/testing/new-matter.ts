import { SystemClock } from '@county/tenancy';
import { TestCounty, TestFactory, TestUnit } from '@county/tenancy/testing';
import { MatterContent } from '../content/matter-content';
import { insertMatterDraft, publishMatterDraft } from '../matter-writes';
import { sampleContent } from './sample-content';

export interface TestMatter {
  id: string;
  name: string;
  implementationCode: string;
  department: TestUnit;
  /** The published version, or null when only a draft was made. */
  version: number | null;
}

let next = 0;

/**
 * A matter of `county` made by the catalog's own writes, so every rule runs: the sample content
 * with a unique code, implemented by `department` (a new one when omitted), published effective
 * today unless `draft`.
 */
export async function newMatter(
  factory: TestFactory,
  county: TestCounty,
  options: { department?: TestUnit; content?: Partial<MatterContent>; draft?: boolean; today?: string } = {},
): Promise<TestMatter> {
  const department = options.department ?? (await factory.newOrgUnit(county, { parent: county.unit, kind: 'department' }));
  const n = ++next;
  const basicCode = `0009${String(n).padStart(8, '0')}`;
  const content = sampleContent({
    basicCode,
    implementationCode: `11${county.divisionCode.slice(0, 6)}MB0000000X4${basicCode}`,
    name: `测试事项${n}`,
    implementingBodyId: department.id,
    ...options.content,
  });
  const actor = { id: county.admin.id, name: county.admin.username };
  return factory.inTenant(county.tenantId, async (m) => {
    const id = await insertMatterDraft(m, county.tenantId, actor, content);
    const version = options.draft ? null : await publishMatterDraft(m, county.tenantId, actor, id, null, options.today ?? new SystemClock().today());
    return { id, name: content.name, implementationCode: content.implementationCode, department, version };
  });
}
