import { demoContent, MatterContent } from '@county/catalog';
import { DEMO_MATTERS } from '../../../libs/catalog/src/demo/demo-matters';

/** 业务办理项: the situations a real catalog splits one matter into; each gives a distinct name. */
const SITUATIONS = ['', '首次申请', '变更', '延续', '补办', '注销', '迁入', '迁出', '复核', '年度审验', '信息更正', '暂停', '恢复', '终止', '遗失补领'];

/** The demo county's departments, in the order their demo matters are listed. */
export const DEMO_DEPARTMENTS = Object.keys(DEMO_MATTERS);

export interface SyntheticCountyNames {
  /** Six-digit county code, e.g. 990101. */
  shortCode: string;
  /** e.g. 清河县 */
  name: string;
}

/** A demo department's name as the synthetic county's: 汉阴县民政局 → 清河县民政局. */
export function departmentName(county: SyntheticCountyNames, demoDepartment: string): string {
  return demoDepartment.replace(/汉阴县/g, county.name).replace(/汉阴/g, county.name.replace(/县$/, ''));
}

/**
 * `count` matters cloned from the 70 demo matters of 汉阴县: each demo matter once as it is, then
 * once per situation, so names, tiers, limits and materials keep the demo catalog's proportions
 * (30% accepted in villages). Codes are unique per county, as the rules require.
 */
export function syntheticMatters(
  county: SyntheticCountyNames,
  departmentIds: Map<string, string>,
  count: number,
): MatterContent[] {
  const contents: MatterContent[] = [];
  const seqByDepartment = new Map<string, number>();
  for (const situation of SITUATIONS) {
    for (const [department, matters] of Object.entries(DEMO_MATTERS)) {
      for (const matter of matters) {
        if (contents.length === count) return contents;
        const seq = (seqByDepartment.get(department) ?? 0) + 1;
        seqByDepartment.set(department, seq);
        const name = situation ? `${matter.name}（${situation}）` : matter.name;
        const demo = demoContent(department, departmentIds.get(department)!, seq, { ...matter, name });
        const local: MatterContent = JSON.parse(
          JSON.stringify(demo).replace(/汉阴县/g, county.name).replace(/汉阴/g, county.name.replace(/县$/, '')),
        );
        // The demo prefixes codes with 汉阴县's 610921.
        local.implementationCode = `11${county.shortCode}${demo.implementationCode.slice(8)}`;
        contents.push(local);
      }
    }
  }
  if (contents.length < count) throw new Error(`only ${contents.length} synthetic matters, ${count} asked`);
  return contents;
}
