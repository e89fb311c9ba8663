import { Injectable } from '@nestjs/common';
import { PublicCounty } from '../guide/public-county';
import { StampedCache } from '../stamped-cache';
import { NoticeData } from './notice.types';

export interface NoticePdf {
  pdf: Buffer;
  data: NoticeData;
  /** Strong ETag of the bytes: a phone that has the sheet revalidates it for a 304. */
  etag: string;
}

/** Bytes of rendered sheets kept per process (NOTICE_CACHE_MB, default 64). */
export function noticeCacheBytes(env: Record<string, string | undefined>): number {
  const raw = env.NOTICE_CACHE_MB;
  if (raw === undefined || raw === '') return 64 * 2 ** 20;
  if (!/^\d{1,5}$/.test(raw.trim())) throw new Error(`NOTICE_CACHE_MB must be a whole number of megabytes, not "${raw}"`);
  return Number(raw.trim()) * 2 ** 20;
}

/**
 * Rendered 告知单 kept in memory per (county, matter, version asked for), stamped like the guide
 * with the county's catalog generation — which moves with every published version and local
 * setting — and the day, which the sheet prints. Concurrent misses share one rendering; failures
 * are not kept; the least recently used sheets leave once the byte budget is spent.
 */
@Injectable()
export class NoticeCache {
  private readonly cache = new StampedCache<string, NoticePdf>({ capacity: noticeCacheBytes(process.env), weigh: (sheet) => sheet.pdf.length });

  async get(county: PublicCounty, today: string, key: string, render: () => Promise<NoticePdf>): Promise<NoticePdf> {
    return this.cache.get(`${county.tenantId}/${key}`, `${county.generation}/${today}`, render);
  }

  /** For tests and the benchmark report. */
  statistics(): { entries: number; bytes: number; hits: number; misses: number } {
    const { entries, weight, hits, misses } = this.cache.statistics();
    return { entries, bytes: weight, hits, misses };
  }
}
