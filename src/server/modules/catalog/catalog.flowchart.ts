import type { ItemDefinition } from './catalog.types';

/**
 * The process of an item as a graph the portal renders (办理流程图), built from the item's steps so
 * that it always matches the current version instead of being a picture someone drew.
 */
export interface FlowNode {
  id: string;
  kind: 'start' | 'step' | 'decision' | 'special' | 'end';
  label: string;
  labelEn: string;
  /** Who acts at a step: window, review, approve, issue. */
  role?: string;
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
  labelEn?: string;
}

export interface Flowchart {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** Nodes and edges of an item's process, in order from application to completion. */
export function buildFlowchart(d: ItemDefinition): Flowchart {
  const online = d.modes.includes('online');
  const nodes: FlowNode[] = [
    { id: 'apply', kind: 'start', label: online ? '申请（网上或窗口）' : '窗口申请', labelEn: online ? 'Apply (online or at a window)' : 'Apply at a window' },
  ];
  const edges: FlowEdge[] = [];
  let prev = 'apply';
  d.steps.forEach((s, i) => {
    const id = `s${i + 1}`;
    nodes.push({ id, kind: 'step', label: s.name, labelEn: s.nameEn, role: s.role });
    edges.push({ from: prev, to: id });
    prev = id;
    if (i === 0) {
      // Acceptance may end in a request for the missing materials, listed all at once (一次性告知).
      nodes.push({ id: 'correction', kind: 'decision', label: '材料不齐全：一次性告知补正', labelEn: 'Materials incomplete: told everything missing at once' });
      edges.push({ from: id, to: 'correction', label: '材料不齐', labelEn: 'incomplete' });
      edges.push({ from: 'correction', to: 'apply', label: '补正后重新提交', labelEn: 'resubmit' });
    }
    if (s.role === 'approve' && d.caseKind === 'promised') {
      nodes.push({ id: 'refused', kind: 'end', label: '不予许可（书面说明理由）', labelEn: 'Refused, with written reasons' });
      edges.push({ from: id, to: 'refused', label: '不符合条件', labelEn: 'conditions not met' });
    }
  });
  (d.specialProcedures ?? []).forEach((p, i) => {
    const id = `special${i + 1}`;
    const review = d.steps.findIndex((s) => s.role === 'review');
    const at = `s${(review >= 0 ? review : 0) + 1}`;
    nodes.push({ id, kind: 'special', label: `${p}（不计入办理时限）`, labelEn: `${p} (clock paused)` });
    edges.push({ from: at, to: id, label: '需要时', labelEn: 'when needed' }, { from: id, to: at });
  });
  nodes.push({ id: 'done', kind: 'end', label: `办结：${d.resultName}`, labelEn: 'Completed' });
  edges.push({ from: prev, to: 'done' });
  return { nodes, edges };
}
