import type { Flowchart, FlowNodeKind } from '../../shared/catalog/catalog.wire';

/**
 * Lays out a process flowchart top to bottom: the longest path from the start (the main line)
 * runs down the first column, side branches (corrections, refusals, special procedures) sit to
 * its right on the rank after their source, and edges that go back up (resubmission after 补正)
 * are routed round the right-hand side. Pure so that it can be unit-tested.
 */

export interface LaidNode {
  id: string;
  kind: FlowNodeKind;
  lines: string[];
  caption?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidEdge {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  label?: string;
  labelX?: number;
  labelY?: number;
  labelAnchor?: 'start' | 'middle';
  back: boolean;
}

export interface FlowLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 210;
const COLUMN_GAP = 56;
const RANK_GAP = 46;
const LINE_HEIGHT = 18;
const CAPTION_HEIGHT = 16;
const PADDING_Y = 12;
const MARGIN = 12;
const BACK_LANE = 26;
const FONT_PX = 14;

/** Rough width of text in px at 14 px: CJK and full-width characters are square, Latin about half. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? FONT_PX : ch === ' ' ? FONT_PX * 0.3 : FONT_PX * 0.56;
  return w;
}

/** Breaks text into lines no wider than `max` px: at spaces for Latin text, anywhere for CJK. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (textWidth(candidate.trimEnd()) <= max || !line.trim()) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
    // A single Latin word longer than a line is cut.
    while (textWidth(line) > max && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut)) > max) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

export function layoutFlowchart(
  chart: Flowchart,
  label: (n: Flowchart['nodes'][number]) => string,
  caption: (n: Flowchart['nodes'][number]) => string | undefined,
  edgeLabel: (e: Flowchart['edges'][number]) => string | undefined,
): FlowLayout {
  const ids = chart.nodes.map((n) => n.id);
  const known = new Set(ids);
  const edges = chart.edges.filter((e) => known.has(e.from) && known.has(e.to));
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) out.get(e.from)!.push(e.to);
  const start = chart.nodes.find((n) => n.kind === 'start')?.id ?? ids[0];

  // Back edges: those that close a cycle in a depth-first walk from the start.
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string) => {
    state.set(id, 'open');
    for (const next of out.get(id)!) {
      if (state.get(next) === 'open') back.add(`${id}>${next}`);
      else if (!state.has(next)) walk(next);
    }
    state.set(id, 'done');
  };
  if (start) walk(start);
  for (const id of ids) if (!state.has(id)) walk(id);

  // Rank = longest forward path from any source; remember the predecessor on that path.
  const forward = edges.filter((e) => !back.has(`${e.from}>${e.to}`));
  const rank = new Map<string, number>(ids.map((id) => [id, 0]));
  const via = new Map<string, string>();
  for (let pass = 0; pass < ids.length; pass += 1) {
    let changed = false;
    for (const e of forward) {
      if (rank.get(e.to)! < rank.get(e.from)! + 1) {
        rank.set(e.to, rank.get(e.from)! + 1);
        via.set(e.to, e.from);
        changed = true;
      }
    }
    if (!changed) break;
  }

  // The main line ends at the deepest end node (the completion), traced back to the start.
  const ends = chart.nodes.filter((n) => n.kind === 'end');
  const sink = (ends.length ? ends : chart.nodes).reduce((a, b) => (rank.get(b.id)! >= rank.get(a.id)! ? b : a), (ends.length ? ends : chart.nodes)[0]);
  const main = new Set<string>();
  for (let id: string | undefined = sink?.id; id; id = via.get(id)) main.add(id);

  const columnsUsed = new Map<number, number>();
  const column = new Map<string, number>();
  for (const id of ids.filter((i) => main.has(i))) column.set(id, 0);
  for (const id of ids.filter((i) => !main.has(i))) {
    const r = rank.get(id)!;
    const c = (columnsUsed.get(r) ?? 0) + 1;
    columnsUsed.set(r, c);
    column.set(id, c);
  }

  const laid = new Map<string, LaidNode>();
  const textMax = NODE_WIDTH - 24;
  for (const n of chart.nodes) {
    const lines = wrapText(label(n), textMax);
    const cap = caption(n);
    const height = PADDING_Y * 2 + lines.length * LINE_HEIGHT + (cap ? CAPTION_HEIGHT : 0);
    laid.set(n.id, { id: n.id, kind: n.kind, lines, caption: cap, x: 0, y: 0, width: NODE_WIDTH, height });
  }

  const maxRank = Math.max(0, ...rank.values());
  const rowHeight: number[] = [];
  for (let r = 0; r <= maxRank; r += 1) {
    rowHeight.push(Math.max(0, ...ids.filter((id) => rank.get(id) === r).map((id) => laid.get(id)!.height)));
  }
  let y = MARGIN;
  const rowTop: number[] = [];
  for (let r = 0; r <= maxRank; r += 1) {
    rowTop.push(y);
    y += rowHeight[r] + RANK_GAP;
  }
  const maxColumn = Math.max(0, ...column.values());
  for (const node of laid.values()) {
    const r = rank.get(node.id)!;
    node.x = MARGIN + column.get(node.id)! * (NODE_WIDTH + COLUMN_GAP);
    node.y = rowTop[r] + (rowHeight[r] - node.height) / 2;
  }

  const backEdges = edges.filter((e) => back.has(`${e.from}>${e.to}`));
  const laneX0 = MARGIN + (maxColumn + 1) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + BACK_LANE;
  const laidEdges: LaidEdge[] = edges.map((e) => {
    const a = laid.get(e.from)!;
    const b = laid.get(e.to)!;
    const text = edgeLabel(e);
    if (back.has(`${e.from}>${e.to}`)) {
      const lane = laneX0 + backEdges.indexOf(e) * BACK_LANE;
      const ay = a.y + a.height / 2;
      const by = b.y + b.height / 2;
      return {
        from: e.from,
        to: e.to,
        back: true,
        label: text,
        d: `M ${a.x + a.width} ${ay} H ${lane} V ${by} H ${b.x + b.width + 2}`,
        labelX: lane + 6,
        labelY: (ay + by) / 2,
        labelAnchor: 'start',
      };
    }
    const ax = a.x + a.width / 2;
    const bx = b.x + b.width / 2;
    if (ax === bx) {
      return {
        from: e.from,
        to: e.to,
        back: false,
        label: text,
        d: `M ${ax} ${a.y + a.height} V ${b.y - 2}`,
        labelX: ax + 8,
        labelY: (a.y + a.height + b.y) / 2 + 4,
        labelAnchor: 'start',
      };
    }
    if (bx > ax && b.y > a.y) {
      // Out of the right side, across, then down into the branch.
      const ay = a.y + a.height / 2;
      return {
        from: e.from,
        to: e.to,
        back: false,
        label: text,
        d: `M ${a.x + a.width} ${ay} H ${bx} V ${b.y - 2}`,
        labelX: (a.x + a.width + bx) / 2 + 4,
        labelY: ay - 6,
        labelAnchor: 'middle',
      };
    }
    const midY = (a.y + a.height + b.y) / 2;
    return {
      from: e.from,
      to: e.to,
      back: false,
      label: text,
      d: `M ${ax} ${a.y + a.height} V ${midY} H ${bx} V ${b.y - 2}`,
      labelX: (ax + bx) / 2,
      labelY: midY - 6,
      labelAnchor: 'middle',
    };
  });

  const labelRoom = Math.max(0, ...laidEdges.filter((e) => e.back && e.label).map((e) => (textWidth(e.label!) * 12) / FONT_PX + 12));
  const width = Math.max(
    MARGIN * 2 + (maxColumn + 1) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP,
    backEdges.length ? laneX0 + backEdges.length * BACK_LANE + labelRoom : 0,
  );
  return { nodes: [...laid.values()], edges: laidEdges, width, height: y - RANK_GAP + MARGIN };
}
