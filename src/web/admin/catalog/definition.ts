import type { ItemDefinition } from '../../../shared/catalog/catalog.wire';

// The admin catalog API's answers, as the browser receives them.
export type { AdminItemRow, FieldChange, VersionInfo, VersionWithDefinition } from '../../../shared/catalog/catalog.wire';

/** One broken catalog rule (ITEM_INVALID details, the validate answer, import problems). */
export interface Problem {
  path: string;
  rule?: string;
  zh?: string;
  en?: string;
  /** Schema failures (VALIDATION_FAILED) carry one message instead of zh/en. */
  message?: string;
}

/** The problems an ApiError's details list carries (entries without a path are not problems). */
export function asProblems(list: unknown[] | undefined): Problem[] {
  return (list ?? []).filter((p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).path === 'string');
}

export interface ImportError {
  index: number;
  code: string;
  problems: Problem[];
}

/** A definition to start a new item from: every required element present, rules satisfied where possible. */
export function blankDefinition(): ItemDefinition {
  return {
    implCode: '',
    name: '',
    nameEn: '',
    type: 'XK',
    departmentCode: '',
    level: 'city',
    powerSource: 'statutory',
    audience: ['citizen'],
    topics: [],
    legalBasis: [],
    conditions: [],
    statutoryLimit: { value: 20, unit: 'workday' },
    promisedLimit: { value: 10, unit: 'workday' },
    caseKind: 'promised',
    modes: ['online', 'nearby'],
    onlineDepth: 3,
    visits: 1,
    fee: { charged: false, items: [] },
    materials: [],
    steps: [
      { name: '受理', nameEn: 'Acceptance', role: 'window' },
      { name: '审查', nameEn: 'Review', role: 'review' },
      { name: '决定', nameEn: 'Decision', role: 'approve' },
      { name: '送达', nameEn: 'Delivery', role: 'issue' },
    ],
    resultName: '',
    resultType: 'licence',
    jointDepartments: [],
    specialProcedures: [],
    consultationPhone: '',
    complaintPhone: '12345',
    expressDelivery: false,
    onlinePayment: false,
    appointment: false,
    kiosk: false,
    inHall: true,
    cityWide: false,
    formFields: [],
    keywords: [],
  };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Drops empty optional values (the API rejects empty strings) and trims every string. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(clean);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (isBlank(v)) continue;
      out[k] = clean(v);
    }
    return out;
  }
  return value;
}

/**
 * The form's values as the API takes them: empty optional fields removed, fee lines dropped for a
 * free item, options kept only on select fields, complaint phone fixed to 12345.
 */
export function toDefinition(values: ItemDefinition): ItemDefinition {
  const d = clean(values) as ItemDefinition;
  d.fee = {
    charged: Boolean(values.fee?.charged),
    ...(values.fee?.charged ? { items: (clean(values.fee.items ?? []) as ItemDefinition['fee']['items']) ?? [] } : {}),
  };
  d.formFields = (d.formFields ?? []).map((f) => (f.type === 'select' ? f : { ...f, options: undefined }));
  d.complaintPhone = '12345';
  for (const k of ['audience', 'topics', 'legalBasis', 'conditions', 'modes', 'materials', 'steps', 'formFields'] as const) {
    if (!Array.isArray(d[k])) (d as unknown as Record<string, unknown>)[k] = [];
  }
  // Optional lists stay absent when empty, so that saving an untouched item changes nothing.
  for (const k of ['jointDepartments', 'specialProcedures', 'keywords'] as const) {
    if (!d[k]?.length) delete d[k];
  }
  return d;
}

/** The definition as the form shows it (fee lines always a list). */
export function toFormValues(d: ItemDefinition): ItemDefinition {
  return {
    ...d,
    fee: { charged: d.fee.charged, items: d.fee.items ?? [] },
    jointDepartments: d.jointDepartments ?? [],
    specialProcedures: d.specialProcedures ?? [],
    keywords: d.keywords ?? [],
  };
}

/**
 * A problem path as a form field name: `promisedLimit.value` → ['promisedLimit', 'value'],
 * `materials[2].code` → ['materials', 2, 'code'], `body.definition.materials.0.code` likewise.
 * Keyed list paths of the diff (`materials[<code>]`) are not field names and are left as text.
 */
export function toFieldName(path: string): Array<string | number> {
  const stripped = path.replace(/^body\.(definition\.)?/, '');
  const parts: Array<string | number> = [];
  for (const piece of stripped.split('.')) {
    const m = /^([^[\]]+)((?:\[[^\]]+\])*)$/.exec(piece);
    if (!m) {
      parts.push(piece);
      continue;
    }
    parts.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const idx of m[2].match(/\[([^\]]+)\]/g) ?? []) {
      const inner = idx.slice(1, -1);
      parts.push(/^\d+$/.test(inner) ? Number(inner) : inner);
    }
  }
  return parts;
}

/** The editor section a problem belongs to, by the first element of its path. */
export const SECTION_OF_FIELD: Readonly<Record<string, EditorSection>> = {
  code: 'basics',
  implCode: 'basics',
  name: 'basics',
  nameEn: 'basics',
  type: 'basics',
  departmentCode: 'basics',
  level: 'basics',
  powerSource: 'basics',
  audience: 'basics',
  topics: 'basics',
  keywords: 'basics',
  resultName: 'basics',
  resultType: 'basics',
  conditions: 'conditions',
  legalBasis: 'conditions',
  noMaterialsReason: 'materials',
  statutoryLimit: 'limits',
  promisedLimit: 'limits',
  caseKind: 'limits',
  deficiencyDays: 'limits',
  assessmentRatio: 'limits',
  modes: 'service',
  onlineDepth: 'service',
  visits: 'service',
  inHall: 'service',
  appointment: 'service',
  expressDelivery: 'service',
  onlinePayment: 'service',
  kiosk: 'service',
  cityWide: 'service',
  branchHall: 'service',
  consultationPhone: 'service',
  complaintPhone: 'service',
  fee: 'fees',
  materials: 'materials',
  steps: 'process',
  specialProcedures: 'process',
  jointDepartments: 'process',
  formFields: 'form',
};

export const EDITOR_SECTIONS = ['basics', 'conditions', 'limits', 'service', 'fees', 'materials', 'process', 'form'] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

export function sectionOf(path: string): EditorSection {
  const first = toFieldName(path)[0];
  return (typeof first === 'string' && SECTION_OF_FIELD[first]) || 'basics';
}
