import { describe, expect, it } from 'vitest';
import { LEAF_CATEGORIES } from '../data/taxonomy';
import { classify } from './model';
import { trainInWorker } from './train-in-worker';

describe('trainInWorker', () => {
  it('builds the base corpus and trains in a worker thread while the event loop keeps turning', async () => {
    // Generating the history and training take seconds of CPU; on the main thread no timer would
    // fire until they finished.
    let last = performance.now();
    let longestGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 20);
    const started = performance.now();
    const { model, metrics } = await trainInWorker([], { mode: 'fast' });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    console.info(
      `worker training: ${Math.round(elapsed)} ms wall, ${metrics.trainMs} ms in the thread; timer fired ${ticks} times, longest gap ${Math.round(longestGap)} ms`,
    );
    expect(model.labels).toHaveLength(LEAF_CATEGORIES.length);
    expect(metrics.accuracy).toBeGreaterThan(0.85);
    expect(classify(model, '暖气片冰凉，屋里十二度').categoryCode).toBe('heating.low-temperature');
    expect(ticks).toBeGreaterThan(elapsed / 20 / 4);
    expect(longestGap).toBeLessThan(Math.max(500, metrics.trainMs / 5));
  }, 120_000);
});
