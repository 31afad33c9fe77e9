import type { Translate } from '../../i18n/I18nProvider';
import { isMessageKey } from '../../i18n/messages';
import { APPOINTMENT_ACTIONS } from '../../../shared/appointments/appointments.enums';
import { BUNDLE_ACTIONS } from '../../../shared/bundles/bundles.enums';
import { CASE_ACTIONS } from '../../../shared/cases/cases.enums';
import { PAYMENT_ACTIONS } from '../../../shared/payments/payments.enums';
import { NEED_ACTIONS } from '../../../shared/exchange/exchange.enums';
import { TICKET_EVENT_ACTIONS } from '../../../shared/queue/queue.enums';
import { TICKET_ACTIONS } from '../../../shared/hotline/tickets.enums';
import { RECTIFICATION_ACTIONS } from '../../../shared/ratings/ratings.enums';
import { ORDER_ACTIONS } from '../../../shared/supervision/supervision.enums';

/**
 * Every event action the server writes (`events.action`), grouped by the part before the dot, in
 * the order the audit page's filter lists them. Workflow actions come from the shared rule-table
 * enums (the engine writes `<kind>.<action>`); the rest are the literals the services, jobs and
 * platform pass to appendEvent / recordAudit (auditText.test.ts re-reads the server to keep this
 * list whole).
 */
const GROUPS: ReadonlyArray<readonly [prefix: string, actions: readonly string[]]> = [
  [
    'case',
    [
      'create_draft',
      'edit_draft',
      ...CASE_ACTIONS,
      'materials_shared',
      'bundle_handover',
      'instant_declined',
      'light_change',
      'deficiency_remind',
      'deficiency_expire',
      'special_overdue',
      'personal_data_revealed',
    ],
  ],
  ['bundle', ['submit', ...BUNDLE_ACTIONS, 'status', 'definition_updated']],
  ['ticket', ['created', 'answered', ...TICKET_ACTIONS, 'merged_in', 'master_replied', 'closed_with_master', 'light_changed', 'sign_overdue']],
  ['rating', ['submit', 'default', 'exclude']],
  ['rectification', ['open', ...RECTIFICATION_ACTIONS]],
  ['supervision_order', ['open', ...ORDER_ACTIONS, 'escalate']],
  ['exchange_need', ['file', ...NEED_ACTIONS]],
  ['exchange', ['query', 'grant_revoked']],
  ['appointment', ['book', ...APPOINTMENT_ACTIONS, 'no_show']],
  ['queue_ticket', [...TICKET_EVENT_ACTIONS]],
  ['payment_order', ['created', ...PAYMENT_ACTIONS, 'paid', 'cancelled']],
  ['payments', ['notification_rejected', 'reconciled']],
  ['licence', ['suspend', 'resume', 'revoke', 'renew']],
  ['seal', ['create', 'revoke']],
  ['kiosk', ['created', 'enrolled', 'revoked', 'printed']],
  ['item', ['created', 'draft_started', 'draft_updated', 'draft_discarded', 'published']],
  ['place', ['created', 'updated', 'items_set', 'appointment_settings_set']],
  ['synonym', ['created', 'updated', 'deleted']],
  ['hotline', ['caller_viewed', 'kb_created', 'kb_updated', 'category_updated', 'model_trained', 'api_key_issued', 'api_key_revoked', 'history_imported']],
  ['auth', ['login', 'login_failed', 'logout']],
  ['account', ['registered', 'password_reset', 'sms_code_requested', 'sms_code_rejected', 'invite_sent', 'invite_revoked', 'invite_accepted']],
  ['access', ['denied', 'denied_repeated']],
  ['file', ['read']],
  ['calendar', ['day_set', 'day_cleared', 'year_set']],
];

/** The known actions, `case.accept` style. */
export const AUDIT_ACTIONS: readonly string[] = GROUPS.flatMap(([prefix, actions]) => actions.map((a) => `${prefix}.${a}`));

/** The text of `key` when the catalog has it, else `fallback`. */
export function textOr(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** A code in plain words: `sms_code_rejected` → "sms code rejected". */
export function codeWords(code: string): string {
  return code.replace(/[._:-]+/g, ' ').trim();
}

/** The name of an action group (办件, 12345 工单 …), or its code in words. */
export function actionGroupLabel(t: Translate, prefix: string): string {
  return textOr(t, `admin.audit.group.${prefix}`, codeWords(prefix));
}

/**
 * An action as a phrase in the UI language (受理了办件 / accepted a case). An action the page does
 * not know yet still reads: its group's name and the rest of the code in words.
 */
export function actionLabel(t: Translate, action: string): string {
  const known = `admin.audit.act.${action}`;
  if (isMessageKey(known)) return t(known);
  const dot = action.indexOf('.');
  if (dot <= 0) return codeWords(action) || action;
  return `${actionGroupLabel(t, action.slice(0, dot))} · ${codeWords(action.slice(dot + 1))}`;
}

export interface ActionOptionGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** The filter's choices: every known action, labelled, under its group. */
export function actionOptions(t: Translate): ActionOptionGroup[] {
  return GROUPS.map(([prefix, actions]) => ({
    label: actionGroupLabel(t, prefix),
    options: actions.map((a) => ({ value: `${prefix}.${a}`, label: actionLabel(t, `${prefix}.${a}`) })),
  }));
}
