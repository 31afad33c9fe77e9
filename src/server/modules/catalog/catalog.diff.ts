/**
 * Field-level differences between two item versions, for the admin's history view and for
 * "三减两优" figures (materials, steps and limits cut between versions).
 */
export interface FieldChange {
  /** e.g. `promisedLimit.value`, `materials[000101001000M02].name`, `conditions`. */
  path: string;
  change: 'added' | 'removed' | 'changed';
  from?: unknown;
  to?: unknown;
  /** For lists of plain values: the values only in `to` / only in `from`. */
  added?: unknown[];
  removed?: unknown[];
}

type Plain = null | string | number | boolean;

function isPlain(v: unknown): v is Plain {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key that identifies an element of a list of objects across versions, if the list has one. */
function keyOf(list: unknown[]): 'code' | 'key' | null {
  for (const k of ['code', 'key'] as const) if (list.length > 0 && list.every((x) => isRecord(x) && typeof x[k] === 'string')) return k;
  return null;
}

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would differ. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    isRecord(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .filter((k) => x[k] !== undefined)
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function diffLists(path: string, a: unknown[], b: unknown[], out: FieldChange[]): void {
  if (same(a, b)) return;
  if (a.every(isPlain) && b.every(isPlain)) {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    out.push({ path, change: 'changed', from: a, to: b, added, removed });
    return;
  }
  const k = keyOf([...a, ...b]);
  if (k) {
    const byKey = (list: unknown[]) => new Map(list.map((x) => [(x as Record<string, string>)[k], x]));
    const ma = byKey(a);
    const mb = byKey(b);
    for (const [id, x] of ma) {
      if (!mb.has(id)) out.push({ path: `${path}[${id}]`, change: 'removed', from: x });
      else walk(`${path}[${id}]`, x, mb.get(id), out);
    }
    for (const [id, y] of mb) if (!ma.has(id)) out.push({ path: `${path}[${id}]`, change: 'added', to: y });
    const orderA = [...ma.keys()].filter((id) => mb.has(id));
    const orderB = [...mb.keys()].filter((id) => ma.has(id));
    if (!same(orderA, orderB)) out.push({ path: `${path}.order`, change: 'changed', from: orderA, to: orderB });
    return;
  }
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length) out.push({ path: `${path}[${i}]`, change: 'added', to: b[i] });
    else if (i >= b.length) out.push({ path: `${path}[${i}]`, change: 'removed', from: a[i] });
    else walk(`${path}[${i}]`, a[i], b[i], out);
  }
}

function walk(path: string, a: unknown, b: unknown, out: FieldChange[]): void {
  if (same(a, b)) return;
  if (a === undefined) return void out.push({ path, change: 'added', to: b });
  if (b === undefined) return void out.push({ path, change: 'removed', from: a });
  if (Array.isArray(a) && Array.isArray(b)) return diffLists(path, a, b, out);
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) walk(path ? `${path}.${k}` : k, a[k], b[k], out);
    return;
  }
  out.push({ path, change: 'changed', from: a, to: b });
}

/** Every field that differs from version `a` to version `b`. */
export function diffDefinitions(a: object, b: object): FieldChange[] {
  const out: FieldChange[] = [];
  walk('', a, b, out);
  return out;
}
