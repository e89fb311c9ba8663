import { AuditCheckpointer } from './audit-checkpointer';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditKey } from './audit-key';
import { TenantDatabase } from '../database/tenant-database';

const key = AuditKey.of('checkpointer-spec');
const checkpointer = (checkpointMinutes: number) => {
  const c = new AuditCheckpointer({} as TenantDatabase, key, new AuditCheckpoints('/nonexistent/cp.jsonl', key), { key, checkpointFile: '/nonexistent/cp.jsonl', checkpointMinutes });
  return { c, walks: jest.spyOn(c, 'checkpointAll').mockResolvedValue([]) };
};

describe('AuditCheckpointer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('anchors every AUDIT_CHECKPOINT_MINUTES and once more at shutdown, then stops', async () => {
    const { c, walks } = checkpointer(10);
    c.onApplicationBootstrap();
    jest.advanceTimersByTime(9 * 60_000);
    expect(walks).not.toHaveBeenCalled();
    jest.advanceTimersByTime(60_000);
    expect(walks).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10 * 60_000);
    expect(walks).toHaveBeenCalledTimes(2);
    await c.onApplicationShutdown();
    expect(walks).toHaveBeenCalledTimes(3);
    jest.advanceTimersByTime(60 * 60_000);
    expect(walks).toHaveBeenCalledTimes(3);
  });

  it('with 0 minutes runs no timer, only the shutdown walk', async () => {
    const { c, walks } = checkpointer(0);
    c.onApplicationBootstrap();
    jest.advanceTimersByTime(24 * 60 * 60_000);
    expect(walks).not.toHaveBeenCalled();
    await c.onApplicationShutdown();
    expect(walks).toHaveBeenCalledTimes(1);
  });
});
