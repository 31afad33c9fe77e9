import { describe, expect, it } from 'vitest';
import { startedClock } from './clock';

describe('a training clock', () => {
  it('starts at the instant given and runs on at the system’s pace', () => {
    let real = Date.parse('2026-12-03T22:00:00Z');
    const clock = startedClock(new Date('2026-12-07T17:40:00+08:00'), () => real);
    expect(clock.now().toISOString()).toBe('2026-12-07T09:40:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-12-07T09:41:30.000Z');
  });
});
