/** For test-child.spec.ts: `ready <value>` announces ECHO=<value>, `fail <message>` fails, `end` just ends. */
import { runTestChild } from './test-child';

runTestChild(async () => {
  const [mode, value = ''] = process.argv.slice(2);
  if (mode === 'fail') throw new Error(value);
  if (mode === 'end') return;
  return { ready: 'ECHO', value, stop: async () => undefined };
});
