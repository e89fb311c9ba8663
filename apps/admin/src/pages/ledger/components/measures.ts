import type { LedgerMeasuresFieldsFragment } from '../../../gql/graphql';

/** The ledger's measures in the order of seed 002's table: materials, steps, procedures, limits, visits, fees. */
export const MEASURE_KEYS = ['materials', 'steps', 'procedures', 'statutoryDays', 'promisedDays', 'visits', 'feeItems', 'feeTotal'] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export type Measure = LedgerMeasuresFieldsFragment[MeasureKey];

/** 52 % style; empty when there was nothing before to compress. */
export function percent(compression: number | null | undefined): string {
  return compression == null ? '—' : `${Math.round(compression * 1000) / 10}%`;
}

export function beforeAfter(measure: Measure): string {
  return `${measure.before} → ${measure.after}`;
}
