import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Tier } from './content/catalog-enums';

/** A township's or village's setting, as far as the promise goes. */
export interface LocalPromise {
  tier: Tier;
  unitName: string;
  promisedDays: number | null;
}

/** One link of 县 10 → 城关镇 5 → 南街社区 8: who promised how many working days, and whether it applies. */
@ObjectType('PromiseSource', { description: '承诺时限的来源：县级标准与乡镇、村的缩短 / where a promised limit comes from' })
export class PromiseSource {
  @Field(() => Tier) tier: Tier;
  @Field() unitName: string;
  @Field(() => Int) promisedDays: number;
  @Field({ description: '是否为生效的时限（取最短者）/ the one in effect: the shortest applies' }) inEffect: boolean;
}

/**
 * The county's promise and each shorter local one on the way down to the unit, in that order.
 * The shortest applies; if two are equal, the one nearest the county (it was promised first).
 */
export function promiseSources(county: { name: string; promisedDays: number }, local: readonly LocalPromise[]): PromiseSource[] {
  const links = [
    { tier: Tier.COUNTY, unitName: county.name, promisedDays: county.promisedDays },
    ...local.filter((s): s is LocalPromise & { promisedDays: number } => s.promisedDays != null),
  ];
  const shortest = Math.min(...links.map((l) => l.promisedDays));
  const winner = links.findIndex((l) => l.promisedDays === shortest);
  return links.map((l, i) => ({ ...l, inEffect: i === winner }));
}
