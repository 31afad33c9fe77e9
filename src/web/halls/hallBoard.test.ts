import { describe, expect, it } from 'vitest';
import { callSentence, EMPTY_BOARD, hallBoard, type HallMessage } from './hallBoard';

const place = { code: '150200-CH-01', name: '包头市政务服务中心' };
const snapshot: HallMessage = {
  kind: 'snapshot',
  type: 'snapshot',
  place,
  date: '2026-12-07',
  at: '2026-12-07T01:00:00.000Z',
  windows: [
    { code: 'A01', name: 'A01 综合窗口', group: 'A', number: 'A007', calledAt: '2026-12-07T00:50:00.000Z' },
    { code: 'A02', name: 'A02 综合窗口', group: 'A', number: 'A008', calledAt: '2026-12-07T00:55:00.000Z' },
    { code: 'RS01', name: 'RS01 社保窗口', group: 'RS', number: null, calledAt: null },
  ],
  groups: [
    { group: 'A', waiting: 4 },
    { group: 'RS', waiting: 0 },
  ],
};
const event = (
  type: 'call' | 'recall' | 'skip' | 'take' | 'transfer',
  number: string,
  window: string | null,
  at: string,
  waiting: Record<string, number>,
): HallMessage => ({
  kind: 'event',
  type,
  place: place.code,
  number,
  group: number.replace(/\d+/, ''),
  fromGroup: null,
  window: window ? { code: window, name: `${window} 综合窗口` } : null,
  at,
  waiting,
});

describe('the hall board', () => {
  it('starts from the snapshot: newest call first, waiting per group, nothing to read aloud', () => {
    const b = hallBoard(EMPTY_BOARD, snapshot);
    expect(b.calls.map((c) => `${c.number}→${c.window}`)).toEqual(['A008→A02', 'A007→A01']);
    expect(b.waiting).toEqual({ A: 4, RS: 0 });
    expect(b.announce).toBeNull();
  });

  it('puts a call on top and reads it; a recall moves it back to the top and reads it again', () => {
    let b = hallBoard(EMPTY_BOARD, snapshot);
    b = hallBoard(b, event('call', 'A009', 'A01', '2026-12-07T01:01:00.000Z', { A: 3 }));
    expect(b.calls[0]).toMatchObject({ number: 'A009', window: 'A01', recall: false });
    expect(b.announce?.number).toBe('A009');
    expect(b.waiting.A).toBe(3);
    b = hallBoard(b, event('recall', 'A008', 'A02', '2026-12-07T01:02:00.000Z', { A: 3 }));
    expect(b.calls.map((c) => c.number)).toEqual(['A008', 'A009', 'A007']);
    expect(b.announce).toMatchObject({ number: 'A008', recall: true });
  });

  it('takes a skipped number off, counts a take without announcing, and keeps at most ten calls', () => {
    let b = hallBoard(EMPTY_BOARD, snapshot);
    b = hallBoard(b, event('skip', 'A007', 'A01', '2026-12-07T01:03:00.000Z', { A: 4 }));
    expect(b.calls.map((c) => c.number)).toEqual(['A008']);
    b = hallBoard(b, event('take', 'RS001', null, '2026-12-07T01:04:00.000Z', { RS: 1 }));
    expect(b.waiting).toEqual({ A: 4, RS: 1 });
    expect(b.announce).toBeNull();
    for (let i = 10; i < 25; i++) b = hallBoard(b, event('call', `A0${i}`, 'A01', `2026-12-07T02:${i}:00.000Z`, {}));
    expect(b.calls).toHaveLength(10);
    expect(b.calls[0]!.number).toBe('A024');
  });

  it('says the call digit by digit in the screen’s language', () => {
    const call = { number: 'A009', window: 'A01', windowName: 'A01 综合窗口', at: '', recall: false };
    expect(callSentence(call, 'zh-CN')).toBe('请 A 0 0 9 号到 A01 综合窗口 办理');
    expect(callSentence({ ...call, windowName: 'Window A01' }, 'en-US')).toBe('Number A 0 0 9, please go to Window A01');
  });
});
