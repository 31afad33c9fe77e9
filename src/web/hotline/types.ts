/**
 * Shapes of the hotline API as this UI reads them (src/server/modules/hotline/*.schemas.ts).
 * Only the fields the pages use; the server may send more.
 */

export const TICKET_STATUSES = ['pending_dispatch', 'dispatched', 'processing', 'returned', 'replied', 'closed', 'merged'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = [
  'dispatch',
  'sign',
  'return',
  'approve_return',
  'reject_return',
  'transfer',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'reply',
  'return_visit',
  'close',
  'merge',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const CHANNELS = ['phone', 'sms', 'web', 'wechat', 'app', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

export type Urgency = 'urgent' | 'utility' | 'normal' | 'complex';
export type Satisfaction = 'satisfied' | 'basically_satisfied' | 'unsatisfied';
export type EmergencyLine = '110' | '119' | '120' | '122';

export interface Limit {
  value: number;
  unit: 'hours' | 'workdays';
}

export interface Category {
  code: string;
  groupCode: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  departmentCode: string;
  urgency: Urgency;
  limit: Limit;
  linkedHotline: '12315' | null;
  simple?: boolean;
  active?: boolean;
}

export interface CategoryGroup {
  code: string;
  nameZh: string;
  nameEn: string;
  categories: Category[];
}

export interface Department {
  code: string;
  nameZh: string;
  nameEn: string;
  kind?: string;
}

export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  level?: string;
}

export interface Suggestion {
  categoryCode: string;
  nameZh: string;
  nameEn: string;
  departmentCode: string;
  confidence: number;
}

/** POST /api/v1/hotline/classify */
export interface Classification {
  category: string;
  categoryNameZh?: string;
  categoryNameEn?: string;
  departmentCode: string;
  confidence: number;
  emergency: EmergencyLine | null;
  emergencyReason?: string | null;
  linkedHotline?: '12315' | null;
  alternatives: Suggestion[];
}

/** A ticket as lists show it. */
export interface TicketSummary {
  id: string;
  ticketNo: string;
  channel: Channel;
  status: TicketStatus;
  light: Light | null;
  text: string;
  categoryCode: string;
  categoryNameZh?: string;
  categoryNameEn?: string;
  departmentCode: string | null;
  departments: string[];
  regionCode: string;
  address: string | null;
  callerName: string | null;
  callerPhone: string | null;
  anonymous: boolean;
  repeatCall: boolean;
  linkedHotline: '12315' | null;
  urgency: Urgency;
  dueAt: string;
  createdAt: string;
  closedAt: string | null;
  reopenedCount: number;
  masterTicketId: string | null;
  satisfaction: Satisfaction | null;
  version: number;
}

export interface TicketPage {
  items: TicketSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Assignment {
  id: number;
  departmentCode: string;
  departmentNameZh?: string;
  departmentNameEn?: string;
  regionCode: string;
  role: 'lead' | 'assist';
  status: 'pending' | 'signed' | 'replied' | 'returned' | 'withdrawn';
  round: number;
  note?: string | null;
  assignedAt: string;
  signDueAt: string;
  signedAt: string | null;
  signedOnTime?: boolean | null;
  returnedAt?: string | null;
  returnReason?: string | null;
  returnDecision?: 'approved' | 'rejected' | null;
  repliedAt?: string | null;
  reply?: string | null;
}

export interface TimelineEvent {
  seq?: number;
  id?: string | number;
  action: string;
  actorName: string | null;
  at: string;
  data: Record<string, unknown>;
}

export interface ExtensionRequest {
  value: number;
  unit: 'hours' | 'workdays';
  reason: string;
  requestedByName?: string;
  requestedAt?: string;
}

export interface DuplicateSuggestion {
  id: string;
  ticketNo: string;
  text: string;
  status: TicketStatus;
  address: string | null;
  distance: number | null;
  sameAddress: boolean;
  createdAt: string;
}

/** GET /api/v1/hotline/tickets/{id} */
export interface TicketDetail extends TicketSummary {
  callerEmail: string | null;
  callerVisible: boolean;
  lat: number | null;
  lng: number | null;
  limit: Limit;
  warnAt: string;
  acceptedAt: string;
  schedulePublished: boolean;
  suggestedCategory: string | null;
  suggestedConfidence: number | null;
  resolution: 'answered' | 'handled' | null;
  reply: string | null;
  repliedAt: string | null;
  repliedOnTime: boolean | null;
  resolved: boolean | null;
  visitedAt: string | null;
  closeNote: string | null;
  extension: ExtensionRequest | null;
  extensionsGranted: number;
  masterTicketNo: string | null;
  assignments: Assignment[];
  timeline: TimelineEvent[];
  availableActions: TicketAction[];
  duplicates: DuplicateSuggestion[];
  children: Array<{ id: string; ticketNo: string; status: TicketStatus }>;
}

/** A caller's earlier ticket (repeat-call history). */
export interface EarlierTicket {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  categoryCode: string;
  text: string;
  createdAt: string;
  closedAt: string | null;
}

/** POST /api/v1/hotline/calls */
export interface TakeCallResult {
  callId: number;
  answered: boolean;
  repeatCaller: boolean;
  earlierTickets: EarlierTicket[];
  emergency: (EmergencyInstruction & { transferId: number }) | null;
  suggestion: Classification | null;
  knowledge: Array<Pick<KbArticle, 'id' | 'title' | 'question' | 'answer' | 'categoryCode'> & { score: number }>;
}

/** POST /api/v1/hotline/tickets */
export interface CreatedTicket {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  categoryCode: string;
  departmentCode: string;
  dueAt: string;
  repeatCall: boolean;
  linkedHotline: string | null;
  version: number;
}

/** POST /api/v1/hotline/public/tickets */
export interface PublicTicketResult {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  dueAt: string;
}

/** The public progress lookup. */
export interface TrackResult {
  ticketNo: string;
  status: TicketStatus;
  statusZh: string;
  statusEn: string;
  categoryNameZh: string;
  createdAt: string;
  dueAt: string;
  reply: string | null;
  repliedAt: string | null;
  closedAt: string | null;
}

export interface TicketRef {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  version: number;
}

export interface EmergencyInstruction {
  line: EmergencyLine;
  nameZh?: string;
  nameEn?: string;
  reason?: string | null;
  instructionZh?: string;
  instructionEn?: string;
}

export interface KbArticle {
  id: number;
  slug?: string;
  title: string;
  question: string;
  answer: string;
  categoryCode: string | null;
  departmentCode: string | null;
  keywords: string[];
  uses?: number;
  score?: number;
  updatedAt?: string;
}

export interface KbPage {
  items: KbArticle[];
  total: number;
}

export interface ApiKey {
  id: string;
  name: string;
  accountId: string;
  keyPrefix: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** GET /api/v1/hotline/reports */
export type ReportPeriod = 'day' | 'week' | 'month';

export interface HotlineReport {
  period: ReportPeriod;
  date: string;
  fromDate: string;
  toDate: string;
  regionCode: string | null;
  summary: {
    tickets: number;
    calls: { total: number; answered: number; abandoned: number };
    connectionRate: number | null;
    firstContactRate: number | null;
    repeatCallRate: number | null;
    signOnTimeRate: number | null;
    completionOnTimeRate: number | null;
    satisfactionRate: number | null;
    resolutionRate: number | null;
    replied: number;
    visits: number;
    overdueOpen: number;
  };
  byChannel: Array<{ channel: Channel; count: number }>;
  byCategory: Array<{ categoryCode: string; nameZh: string; nameEn: string; count: number }>;
  byRegion: Array<{ regionCode: string; tickets: number; completionOnTimeRate: number | null; satisfactionRate: number | null }>;
  departments: Array<{
    /** null: nothing finished or overdue in the period, so not ranked. */
    rank: number | null;
    departmentCode: string;
    nameZh: string;
    nameEn: string;
    assigned: number;
    signOnTimeRate: number | null;
    replied: number;
    completionOnTimeRate: number | null;
    visits: number;
    satisfactionRate: number | null;
    resolutionRate: number | null;
    overdueOpen: number;
    score: number | null;
  }>;
  hotSpots: {
    places: Array<{ place: string; count: number; topCategory: string; nameZh: string; nameEn: string }>;
    categories: Array<{ categoryCode: string; nameZh: string; nameEn: string; count: number }>;
  };
  rankingWeights: Record<string, number>;
}
