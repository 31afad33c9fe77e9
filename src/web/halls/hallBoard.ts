import type { HallEventWire, HallSnapshotWire } from '../../shared/queue/queue.wire';

/**
 * What the hall screen (大屏, docs/decisions.md D31) shows, kept from its stream: the calls newest
 * first (a recall moves a call back to the top), each window's last number, and how many wait per
 * window group. Pure, so the screen's behaviour is tested without a browser.
 */

export interface HallCall {
  number: string;
  window: string;
  windowName: string;
  at: string;
  recall: boolean;
}

export interface HallBoard {
  place: { code: string; name: string } | null;
  calls: HallCall[];
  waiting: Record<string, number>;
  /** The newest call that should be read aloud (each call and recall once). */
  announce: HallCall | null;
}

export const EMPTY_BOARD: HallBoard = { place: null, calls: [], waiting: {}, announce: null };

/** How many calls the screen keeps. */
export const CALLS_SHOWN = 10;

export type HallMessage = ({ kind: 'snapshot' } & HallSnapshotWire) | ({ kind: 'event' } & HallEventWire);

export function hallBoard(board: HallBoard, m: HallMessage): HallBoard {
  if (m.kind === 'snapshot') {
    const calls = m.windows
      .filter((w) => w.number && w.calledAt)
      .map((w) => ({ number: w.number!, window: w.code, windowName: w.name, at: w.calledAt!, recall: false }))
      .sort((a, b) => b.at.localeCompare(a.at));
    // A snapshot again (a reconnect, the periodic resync) keeps older calls the windows moved past.
    const kept = board.calls.filter((c) => !calls.some((x) => x.window === c.window || x.number === c.number));
    return {
      place: m.place,
      calls: [...calls, ...kept].sort((a, b) => b.at.localeCompare(a.at)).slice(0, CALLS_SHOWN),
      waiting: Object.fromEntries(m.groups.map((g) => [g.group, g.waiting])),
      announce: null,
    };
  }
  const waiting = { ...board.waiting, ...m.waiting };
  if ((m.type === 'call' || m.type === 'recall') && m.window) {
    const call: HallCall = { number: m.number, window: m.window.code, windowName: m.window.name, at: m.at, recall: m.type === 'recall' };
    const calls = [call, ...board.calls.filter((c) => c.number !== m.number)].slice(0, CALLS_SHOWN);
    return { ...board, calls, waiting, announce: call };
  }
  if (m.type === 'skip' || m.type === 'transfer') return { ...board, calls: board.calls.filter((c) => c.number !== m.number), waiting, announce: null };
  return { ...board, waiting, announce: null };
}

/** The sentence read aloud: "请 A001 号到 A03 号窗口办理" — the number spelled so a speech engine reads it digit by digit. */
export function callSentence(call: HallCall, lang: 'zh-CN' | 'en-US'): string {
  const spelled = call.number.split('').join(' ');
  return lang === 'en-US' ? `Number ${spelled}, please go to ${call.windowName}` : `请 ${spelled} 号到 ${call.windowName} 办理`;
}
