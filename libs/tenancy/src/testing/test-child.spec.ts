import { runTestChildToEnd, startTestChild } from './test-child';

const ECHO = 'libs/tenancy/src/testing/echo.child.ts';

describe('test child processes', () => {
  it('resolves with what the child announces on its ready line, and stops it on SIGTERM', async () => {
    const child = await startTestChild(ECHO, ['ready', '{"ownerUrl":"postgres://x"}'], 'ECHO');
    expect(child.ready).toBe('{"ownerUrl":"postgres://x"}');
    await child.stop();
  });

  it('rejects with the ERROR a failing child prints', async () => {
    await expect(startTestChild(ECHO, ['fail', 'the cluster refuses the password'], 'ECHO')).rejects.toThrow('the cluster refuses the password');
  });

  it('rejects when a child ends without its ready line', async () => {
    await expect(startTestChild(ECHO, ['end'], 'ECHO')).rejects.toThrow('exited');
  });

  it('runs a one-shot child to its end, and fails with it', async () => {
    await expect(runTestChildToEnd(ECHO, ['end'])).resolves.toBeUndefined();
    await expect(runTestChildToEnd(ECHO, ['fail', 'no'])).rejects.toThrow();
  });
});
