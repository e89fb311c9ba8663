import { Injectable } from '@nestjs/common';
import { PublicCounty } from '../guide/public-county';
import { NoticeData } from './notice.types';

export interface NoticePdf {
  pdf: Buffer;
  data: NoticeData;
  /** Strong ETag of the bytes: a phone that has the sheet revalidates it for a 304. */
  etag: string;
}

interface Entry {
  stamp: string;
  answer: Promise<NoticePdf>;
  bytes: number;
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
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private readonly budget = noticeCacheBytes(process.env);

  async get(county: PublicCounty, today: string, key: string, render: () => Promise<NoticePdf>): Promise<NoticePdf> {
    const fullKey = `${county.tenantId}/${key}`;
    const stamp = `${county.generation}/${today}`;
    const found = this.entries.get(fullKey);
    if (found && found.stamp === stamp) {
      this.hits++;
      this.entries.delete(fullKey);
      this.entries.set(fullKey, found);
      return found.answer;
    }
    this.misses++;
    this.remove(fullKey);
    const answer = render();
    const entry: Entry = { stamp, answer, bytes: 0 };
    this.entries.set(fullKey, entry);
    answer.then(
      (done) => {
        if (this.entries.get(fullKey) !== entry) return;
        entry.bytes = done.pdf.length;
        this.bytes += entry.bytes;
        for (const [k] of this.entries) {
          if (this.bytes <= this.budget) break;
          this.remove(k);
        }
      },
      () => {
        if (this.entries.get(fullKey) === entry) this.remove(fullKey);
      },
    );
    return answer;
  }

  /** For tests and the benchmark report. */
  statistics(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}
