import { delaySeconds, ThrottlePolicy } from './login-throttle';

const policy: ThrottlePolicy = { addressThreshold: 20, accountThreshold: 5, baseDelaySeconds: 30, maxDelaySeconds: 900, windowMinutes: 60 };

describe('delaySeconds', () => {
  it('waits nothing below the threshold, then doubles from 30 s up to 15 minutes', () => {
    expect([1, 4, 5, 6, 7, 9, 10, 1000].map((n) => delaySeconds(n, 5, policy))).toEqual([0, 0, 30, 60, 120, 480, 900, 900]);
  });
});
