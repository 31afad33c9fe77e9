/**
 * Shapes of the cases API (src/server/modules/cases/cases.schemas.ts) and of the catalog item
 * the case pages need, as the web app receives them (dates arrive as ISO strings).
 */

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'prechecked',
  'correction_requested',
  'accepted',
  'routed',
  'reviewed',
  'special_procedure',
  'approved',
  'denied',
  'completed',
  'issued',
  'not_accepted',
  'withdrawn',
  'returned',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'submit',
  'precheck',
  'accept',
  'accept_with_deficiency',
  'reject',
  'request_correction',
  'resubmit',
  'supply_materials',
  'route',
  'reassign',
  'review',
  'approve',
  'deny',
  'start_special',
  'end_special',
  'complete',
  'issue',
  'withdraw',
  'return',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const LIGHTS = ['green', 'yellow', 'red', 'overdue'] as const;
export type Light = (typeof LIGHTS)[number];

export type DeliveryMode = 'window' | 'express' | 'e_licence';

export interface CaseRef {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  version: number;
}

export interface Lines {
  acceptedAt: string | null;
  statutoryDue: string | null;
  promisedDue: string | null;
  assessmentDue: string | null;
  workdaysUsed: number;
  pausedWorkdays: number;
  paused: boolean;
  light: Light | null;
  schedulePublished: boolean;
  unpublishedYears: number[];
}

export interface CaseFile {
  fileId: string;
  name: string;
  mime: string;
  size: number;
  addedAt: string;
  via: string;
}

export interface CaseMaterial {
  materialCode: string;
  name: string;
  required: boolean;
  primary: boolean;
  files: CaseFile[];
}

export interface CorrectionItem {
  materialCode?: string;
  field?: string;
  problem: string;
  name?: string;
}

export interface Correction {
  items: CorrectionItem[];
  requestedAt: string;
  by: string;
}

export interface Deficiency {
  items: Array<{ materialCode: string; name: string; note?: string }>;
  days: number;
  due: string;
  dueDate: string;
}

export interface Special {
  procedure: string;
  limitDays: number;
  startedAt: string;
  due: string;
  dueDate: string;
  /** Set when the procedure's own limit passed with the case still paused. */
  overdueAt?: string;
}

export interface Delivery {
  mode: DeliveryMode;
  issuedAt: string;
  by: string;
  trackingNo?: string;
  carrier?: string;
  recipient?: string;
}

export interface LaneDecision {
  department?: string;
  decision?: 'approved' | 'denied';
  opinion?: string;
  reasons?: string[];
  legalBasis?: string[];
  resultCode?: string;
  by?: string;
}

export interface DecisionData {
  lanes?: LaneDecision[];
  reasons?: string[];
  legalBasis?: string[];
  resultCode?: string | null;
  notAcceptedReasons?: string[];
  returnReasons?: string[];
}

export interface LaneOpinion {
  review?: { opinion: string; recommendation: 'approve' | 'deny'; by: string };
  decision?: LaneDecision;
}

export interface CaseEvent {
  seq: number;
  action: string;
  actorName: string | null;
  at: string;
  data: Record<string, unknown>;
}

export interface Applicant {
  type: 'citizen' | 'enterprise';
  name: string;
  idType: 'resident_id' | 'uscc';
  idNumber: string;
  mobile: string | null;
}

export interface CaseDetail {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  version: number;
  channel: string;
  regionCode: string;
  item: { code: string; version: number; name: string; departmentCode: string; caseKind: 'instant' | 'promised' };
  applicant: Applicant;
  form: Record<string, unknown>;
  materials: CaseMaterial[];
  attachments: Array<{ fileId: string; name: string; mime: string; addedAt: string }>;
  correction: Correction | null;
  deficiency: Deficiency | null;
  special: Special | null;
  decision: 'approved' | 'denied' | null;
  decisionData: DecisionData | null;
  delivery: Delivery | null;
  departments: Array<{ departmentCode: string; status: string; reviewedAt: string | null; decidedAt: string | null; opinion: LaneOpinion | null }>;
  lines: Lines;
  events: CaseEvent[];
  availableActions: CaseAction[];
  submittedAt: string | null;
  completedAt: string | null;
  createdAt: string;
}

export interface CaseListItem {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  version: number;
  itemCode: string;
  itemName: string;
  applicantName: string;
  applicantIdMasked: string;
  channel: string;
  regionCode: string;
  departments: string[];
  light: Light | null;
  promisedDue: string | null;
  statutoryDue: string | null;
  paused: boolean;
  deficiencyOutstanding: boolean;
  submittedAt: string | null;
  acceptedAt: string | null;
}

export interface CaseList {
  items: CaseListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseListQuery {
  status?: string;
  light?: Light;
  department?: string;
  item?: string;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

export interface DepartmentLoad {
  unrouted: number;
  departments: Array<{
    departmentCode: string;
    nameZh: string;
    nameEn: string;
    pendingReview: number;
    pendingDecision: number;
    special: number;
    specialOverdue: number;
    yellow: number;
    red: number;
    overdue: number;
  }>;
}

export interface Department {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  regionCode: string;
}

export interface Progress {
  caseNo: string;
  itemName: string;
  status: CaseStatus;
  statusName: string;
  submittedAt: string | null;
  acceptedAt: string | null;
  promisedDue: string | null;
  completedAt: string | null;
  issuedAt: string | null;
}

export interface UploadedFile {
  fileId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

export interface Notification {
  id: number;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
}

/** Field types of an item's application form (catalog `FormFieldType`). */
export type FormFieldType = 'text' | 'number' | 'date' | 'select' | 'idNumber' | 'uscc' | 'mobile' | 'address';

export interface FormField {
  key: string;
  labelZh: string;
  labelEn: string;
  type: FormFieldType;
  required: boolean;
  options?: Array<{ value: string; labelZh: string; labelEn: string }>;
}

export interface ItemMaterial {
  code: string;
  name: string;
  nameEn: string;
  required: boolean;
  primary: boolean;
  kind: 'original' | 'copy' | 'electronic';
  source: 'applicant' | 'government' | 'shared' | 'e_license';
  copies: number;
  acceptanceStandard: string;
}

export interface TimeLimit {
  value: number;
  unit: 'workday' | 'natural_day';
  note?: string;
}

/** The part of a published catalog item (`GET /api/v1/items/{code}` → `item`) the case pages use. */
export interface CatalogItem {
  code: string;
  version: number;
  name: string;
  nameEn: string;
  departmentCode: string;
  audience: Array<'citizen' | 'enterprise'>;
  modes: string[];
  caseKind: 'instant' | 'promised';
  statutoryLimit: TimeLimit;
  promisedLimit: TimeLimit;
  materials: ItemMaterial[];
  formFields: FormField[];
  jointDepartments?: string[];
  specialProcedures?: string[];
  legalBasis: string[];
  conditions: string[];
  deficiencyDays?: number;
  resultName: string;
}

export interface ItemGuide {
  item: CatalogItem;
  typeName: string;
  department: { code: string; name: string; nameZh: string; nameEn: string };
  jointDepartments: Array<{ code: string; name: string; nameZh: string; nameEn: string }>;
  onlineApplication: boolean;
}

export interface ItemSummary {
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  departmentName: string;
  modes: string[];
  audience: string[];
  online: boolean;
  promisedLimit: { value: number; unit: string };
}
