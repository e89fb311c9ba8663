import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { MatterContent } from '../content/matter-content';
import { phoneViolations } from './phones';

/** What a township or village may localize: where, when, whom to call, and a shorter promise. */
export const LOCAL_FIELDS = ['address', 'hours', 'phone', 'windowId', 'promisedDays'] as const;

interface Attempt {
  zh: string;
  en: string;
}

const names = (items: unknown): string =>
  (Array.isArray(items) ? items : [])
    .map((i) => (typeof i === 'string' ? i : (i as { name?: string })?.name ?? '?'))
    .join('、');

/**
 * 不得擅自增加审批环节、程序、要件及延长时限. Takes whatever a caller tried to change, so that
 * a refused attempt is named (“增加申请材料「…」”), not silently dropped.
 */
export function localChangeViolations(
  change: Record<string, unknown>,
  county: Pick<MatterContent, 'statutoryDays' | 'promisedDays' | 'naturalDayCap'>,
): DomainError[] {
  const attempts: Attempt[] = [];
  const found: DomainError[] = [];
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'address':
      case 'hours':
      case 'phone':
      case 'windowId':
        break;
      case 'promisedDays':
        if (typeof value === 'number' && value > county.promisedDays) {
          attempts.push({
            zh: `延长承诺时限（${county.promisedDays} → ${value} 个工作日）`,
            en: `lengthen the promised limit (${county.promisedDays} → ${value} working days)`,
          });
        }
        break;
      case 'materials':
        if (nonEmpty(value)) attempts.push({ zh: `增加申请材料「${names(value)}」`, en: `add materials (${names(value)})` });
        break;
      case 'fees':
        if (nonEmpty(value)) attempts.push({ zh: `增加收费项目「${names(value)}」`, en: `add fees (${names(value)})` });
        break;
      case 'steps':
        if (nonEmpty(value)) attempts.push({ zh: `增加办理环节「${names(value)}」`, en: `add procedure steps (${names(value)})` });
        break;
      case 'conditions':
        if (nonEmpty(value)) attempts.push({ zh: `增加办理条件「${names(value)}」`, en: `add conditions (${names(value)})` });
        break;
      case 'statutoryDays':
        if (value !== county.statutoryDays) {
          attempts.push({ zh: `变更法定时限（${county.statutoryDays} → ${value} 个工作日）`, en: `change the statutory limit (${county.statutoryDays} → ${value})` });
        }
        break;
      case 'naturalDayCap':
        if (county.naturalDayCap == null || (value as number) > county.naturalDayCap) {
          attempts.push({ zh: `延长自然日上限（→ ${value} 天）`, en: `lengthen the natural-day cap (→ ${value})` });
        }
        break;
      default:
        attempts.push({ zh: `变更“${key}”`, en: `change ${key}` });
    }
  }
  if (typeof change.promisedDays === 'number' && change.promisedDays < 0) found.push(CatalogError.LocalLimitNegative(change.promisedDays));
  if (attempts.length) found.push(CatalogError.LocalChangeForbidden(attempts));
  return [...found, ...phoneViolations({ phone: change.phone as string | undefined })];
}
