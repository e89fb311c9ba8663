import { extname, join } from 'node:path';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { NoticeError } from './notice.errors';
import { NoticeData } from './notice.types';

/** Sheets rendering at once (NOTICE_RENDER_THREADS, default 1) and waiting beyond them (NOTICE_RENDER_QUEUE, 16). */
export function noticeRenderLimits(env: Record<string, string | undefined>): { threads: number; queue: number } {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^[1-9]\d{0,3}$/.test(raw.trim())) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
    return Number(raw.trim());
  };
  return { threads: read('NOTICE_RENDER_THREADS', 1), queue: read('NOTICE_RENDER_QUEUE', 16) };
}

/**
 * Renders 告知单 PDFs in worker threads (piscina), so a sheet's ~230 ms of layout never holds
 * up the guide or a login. At most `threads` render at once and `queue` wait; beyond that the
 * request answers NOTICE_BUSY with a short Retry-After at once.
 */
@Injectable()
export class NoticeRenderer implements OnModuleDestroy {
  private readonly pool: Piscina;

  constructor() {
    const { threads, queue } = noticeRenderLimits(process.env);
    const filename = join(__dirname, `notice-render.worker${extname(__filename)}`);
    // Run from TypeScript sources (npm start, jest), the thread needs the same loader as the server.
    const loader = filename.endsWith('.ts') && !process.execArgv.some((a) => a.includes('@swc-node/register')) ? ['--require', '@swc-node/register'] : [];
    this.pool = new Piscina({ filename, minThreads: 0, maxThreads: threads, maxQueue: queue, idleTimeout: 60_000, execArgv: [...process.execArgv, ...loader] });
  }

  async render(data: NoticeData): Promise<Buffer> {
    try {
      const bytes = (await this.pool.run(data)) as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (e) {
      if (e instanceof Error && e.message === 'Task queue is at limit') throw NoticeError.Busy(2);
      throw e;
    }
  }

  /** Threads alive and sheets rendered by them: for tests and the benchmark report. */
  statistics(): { threads: number; rendered: number } {
    return { threads: this.pool.threads.length, rendered: this.pool.completed };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
