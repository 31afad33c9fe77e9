/**
 * The words of the case lifecycle (docs/domain.md §5) that the server's rule table and the web
 * app both use. The rule table itself (who may take which action from which status) is the
 * server's `cases.state.ts`.
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

/** A case's light against its lines (docs/domain.md §5); null before acceptance. */
export const CASE_LIGHTS = ['green', 'yellow', 'red', 'overdue'] as const;
export type CaseLight = (typeof CASE_LIGHTS)[number];

/** Where an application comes from. */
export const CASE_CHANNELS = ['web', 'mobile', 'kiosk', 'window'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** How the result reaches the applicant (出件). */
export const DELIVERY_MODES = ['window', 'express', 'e_licence'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
