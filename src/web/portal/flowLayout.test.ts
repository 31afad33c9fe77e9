import { describe, expect, it } from 'vitest';
import type { Flowchart } from '../../shared/catalog/catalog.wire';
import { layoutFlowchart, textWidth, wrapText } from './flowLayout';

const chart: Flowchart = {
  code: '000101001000',
  version: 1,
  nodes: [
    { id: 'apply', kind: 'start', label: '申请', labelEn: 'Apply' },
    { id: 's1', kind: 'step', label: '受理', labelEn: 'Acceptance', role: 'window' },
    { id: 'correction', kind: 'decision', label: '一次性告知补正', labelEn: 'Correction' },
    { id: 's2', kind: 'step', label: '决定', labelEn: 'Decision', role: 'approve' },
    { id: 'refused', kind: 'end', label: '不予许可', labelEn: 'Refused' },
    { id: 'done', kind: 'end', label: '办结', labelEn: 'Completed' },
  ],
  edges: [
    { from: 'apply', to: 's1' },
    { from: 's1', to: 'correction', label: '材料不齐' },
    { from: 'correction', to: 'apply', label: '补正后重新提交' },
    { from: 's1', to: 's2' },
    { from: 's2', to: 'refused' },
    { from: 's2', to: 'done' },
  ],
};

const layout = layoutFlowchart(
  chart,
  (n) => n.label,
  () => undefined,
  (e) => e.label,
);
const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

describe('layoutFlowchart', () => {
  it('runs the main line down the first column, from the start to the completion', () => {
    expect(['apply', 's1', 's2', 'done'].map((id) => node(id).x)).toEqual([12, 12, 12, 12]);
    const ys = ['apply', 's1', 's2', 'done'].map((id) => node(id).y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('puts branches to the right, on the rank after their source', () => {
    expect(node('correction').x).toBeGreaterThan(node('s1').x);
    expect(node('correction').y).toBeGreaterThan(node('s1').y);
    expect(node('refused').x).toBeGreaterThan(node('s2').x);
  });

  it('routes the resubmission back up round the right-hand side, and keeps everything inside the drawing', () => {
    const back = layout.edges.find((e) => e.from === 'correction' && e.to === 'apply')!;
    expect(back.back).toBe(true);
    expect(layout.edges.filter((e) => e.back)).toHaveLength(1);
    for (const n of layout.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    expect(back.labelX! + textWidth('补正后重新提交') * (12 / 14)).toBeLessThanOrEqual(layout.width);
  });
});

describe('wrapText', () => {
  it('breaks Chinese anywhere and English at spaces, within the width', () => {
    const zh = wrapText('材料不齐全：一次性告知申请人需要补正的全部内容', 100);
    expect(zh.length).toBeGreaterThan(1);
    for (const line of zh) expect(textWidth(line)).toBeLessThanOrEqual(100);
    const en = wrapText('Materials incomplete: told everything missing at once', 120);
    expect(en.join(' ')).toBe('Materials incomplete: told everything missing at once');
    for (const line of en) expect(textWidth(line)).toBeLessThanOrEqual(120);
  });
});
