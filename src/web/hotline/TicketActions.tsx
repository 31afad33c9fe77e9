import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../app/auth';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { CategorySelect } from './CategorySelect';
import { planProblem, planToAssignments, type PlanRow } from './dispatchPlan';
import { DispatchPlanEditor } from './DispatchPlanEditor';
import { performAction } from './hotlineApi';
import { limitLabel } from './labels';
import { departmentName, type Reference } from './reference';
import type { TicketDetail, TicketRef } from '../../shared/hotline/hotline.wire';
import { SATISFACTIONS, type Satisfaction, type TicketAction } from '../../shared/hotline/tickets.enums';

/** Actions in the order they are offered; the primary one of the moment comes first. */
const ORDER: readonly TicketAction[] = [
  'dispatch',
  'sign',
  'reply',
  'return_visit',
  'approve_return',
  'reject_return',
  'approve_extension',
  'reject_extension',
  'request_extension',
  'return',
  'transfer',
  'close',
  'merge',
];
const PRIMARY = new Set<TicketAction>(['dispatch', 'sign', 'reply', 'return_visit', 'approve_return', 'approve_extension']);
const DANGER = new Set<TicketAction>(['return', 'reject_return', 'reject_extension']);

interface Draft {
  note: string;
  reason: string;
  reply: string;
  category: string | undefined;
  plan: PlanRow[];
  value: number | null;
  unit: 'hours' | 'workdays';
  satisfaction: Satisfaction | undefined;
  resolved: boolean | undefined;
}

function emptyDraft(ticket: TicketDetail): Draft {
  const lead = ticket.assignments.find((a) => a.role === 'lead' && a.round === ticket.reopenedCount + 1);
  return {
    note: '',
    reason: '',
    reply: '',
    category: ticket.categoryCode,
    plan: [{ departmentCode: lead?.departmentCode ?? ticket.departmentCode ?? undefined, role: 'lead', regionCode: undefined }],
    value: 2,
    unit: ticket.limit.unit,
    satisfaction: undefined,
    resolved: undefined,
  };
}

/**
 * The actions the server says this user may take on the ticket now (`availableActions`), each
 * with its small form in a dialog. Every request carries the version the user saw; a 409 is
 * handed to the page, which offers a reload.
 */
export function TicketActions({
  ticket,
  reference,
  onDone,
  onConflict,
  disabled = false,
}: {
  ticket: TicketDetail;
  /** While the page shows a stale version, nothing can be sent until it reloads. */
  disabled?: boolean;
  reference: Reference | null;
  onDone: (ref: TicketRef, action: TicketAction) => void;
  onConflict: (error: ApiError) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState<TicketAction | null>(null);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(ticket));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [touched, setTouched] = useState(false);
  const { me } = useAuth();
  // Agents dispatch simple tickets to the category's own department only; the rest is the dispatcher's.
  const plans = !!me?.roles.includes('dispatcher');

  const actions = ORDER.filter((action) => ticket.availableActions.includes(action) && action !== 'merge');
  const categoryDepartment = draft.category ? reference?.categories.get(draft.category)?.departmentCode : undefined;

  const start = (action: TicketAction) => {
    const fresh = emptyDraft(ticket);
    if (action === 'dispatch')
      fresh.plan = [
        {
          departmentCode: reference?.categories.get(ticket.categoryCode)?.departmentCode ?? ticket.departmentCode ?? undefined,
          role: 'lead',
          regionCode: undefined,
        },
      ];
    setDraft(fresh);
    setError(null);
    setTouched(false);
    setOpen(action);
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  /** The request body, or null while a required field is missing. */
  const bodyFor = (action: TicketAction): Record<string, unknown> | null => {
    const note = draft.note.trim() || undefined;
    const reason = draft.reason.trim();
    const departments = planToAssignments(draft.plan);
    switch (action) {
      case 'dispatch':
        if (!draft.category) return null;
        if (!plans) return { categoryCode: draft.category, note };
        if (planProblem(draft.plan)) return null;
        return { categoryCode: draft.category, departments, note };
      case 'transfer':
        if (!reason || planProblem(draft.plan)) return null;
        return { reason, categoryCode: draft.category, departments };
      case 'sign':
      case 'approve_return':
      case 'approve_extension':
        return { note };
      case 'return':
        return reason ? { reason } : null;
      case 'reject_return':
      case 'reject_extension':
      case 'close':
        return note ? { note } : null;
      case 'request_extension':
        return reason && draft.value ? { value: draft.value, unit: draft.unit, reason } : null;
      case 'reply':
        return draft.reply.trim() ? { reply: draft.reply.trim() } : null;
      case 'return_visit':
        return draft.satisfaction && draft.resolved !== undefined ? { satisfaction: draft.satisfaction, resolved: draft.resolved, note } : null;
      case 'merge':
        return null;
    }
  };

  const submit = async () => {
    if (!open) return;
    setTouched(true);
    const body = bodyFor(open);
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const ref = await performAction(ticket.id, open, { version: ticket.version, ...body });
      setOpen(null);
      onDone(ref, open);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'VERSION_CONFLICT') {
        setOpen(null);
        onConflict(apiError);
      } else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  const required = (ok: boolean) => (touched && !ok ? { validateStatus: 'error' as const, help: t('hotline.action.required') } : {});
  const planError = planProblem(draft.plan);

  const fields: Record<TicketAction, () => ReactNode> = {
    dispatch: () => (
      <>
        <Form.Item
          label={t('hotline.action.field.category')}
          htmlFor="act-category"
          {...required(!!draft.category)}
          extra={draft.category !== ticket.categoryCode ? t('hotline.call.correction') : undefined}
        >
          <CategorySelect
            id="act-category"
            reference={reference}
            value={draft.category}
            onChange={(code) => {
              set('category', code);
              const department = code ? reference?.categories.get(code)?.departmentCode : undefined;
              if (department && draft.plan.length === 1) set('plan', [{ departmentCode: department, role: 'lead', regionCode: draft.plan[0].regionCode }]);
            }}
          />
        </Form.Item>
        {plans ? (
          <Form.Item
            label={t('hotline.action.field.departments')}
            validateStatus={touched && planError ? 'error' : undefined}
            help={
              touched && planError
                ? t(`hotline.dispatch.problem.${planError}`)
                : categoryDepartment
                  ? t('hotline.dispatch.categoryDepartment', { department: departmentName(reference, categoryDepartment, lang) })
                  : undefined
            }
          >
            <DispatchPlanEditor idPrefix="act" plan={draft.plan} onChange={(plan) => set('plan', plan)} reference={reference} />
          </Form.Item>
        ) : (
          <Alert
            type="info"
            showIcon
            className="tb-hl-alert"
            title={t('hotline.dispatch.agentOnly', { department: departmentName(reference, categoryDepartment, lang) })}
          />
        )}
        <Form.Item label={t('hotline.action.field.noteOptional')} htmlFor="act-note">
          <Input.TextArea id="act-note" value={draft.note} onChange={(e) => set('note', e.target.value)} autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </>
    ),
    transfer: () => (
      <>
        <Form.Item label={t('hotline.action.field.reason')} htmlFor="act-reason" required {...required(!!draft.reason.trim())}>
          <Input.TextArea id="act-reason" value={draft.reason} onChange={(e) => set('reason', e.target.value)} autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('hotline.action.field.category')} htmlFor="act-category">
          <CategorySelect id="act-category" reference={reference} value={draft.category} onChange={(code) => set('category', code)} />
        </Form.Item>
        <Form.Item
          label={t('hotline.action.field.departments')}
          validateStatus={touched && planError ? 'error' : undefined}
          help={touched && planError ? t(`hotline.dispatch.problem.${planError}`) : undefined}
        >
          <DispatchPlanEditor idPrefix="act" plan={draft.plan} onChange={(plan) => set('plan', plan)} reference={reference} />
        </Form.Item>
      </>
    ),
    sign: () => noteField(false),
    approve_return: () => (
      <>
        <Alert type="info" showIcon className="tb-hl-alert" title={t('hotline.action.approveReturnHint')} />
        {noteField(false)}
      </>
    ),
    approve_extension: () => (
      <>
        {ticket.extension && (
          <Alert
            type="info"
            showIcon
            className="tb-hl-alert"
            title={t('hotline.detail.extensionAsked', { amount: limitLabel(t, ticket.extension), reason: ticket.extension.reason })}
          />
        )}
        {noteField(false)}
      </>
    ),
    reject_extension: () => (
      <>
        {ticket.extension && (
          <Alert
            type="info"
            showIcon
            className="tb-hl-alert"
            title={t('hotline.detail.extensionAsked', { amount: limitLabel(t, ticket.extension), reason: ticket.extension.reason })}
          />
        )}
        {noteField(true)}
      </>
    ),
    reject_return: () => noteField(true),
    close: () => noteField(true),
    return: () => (
      <Form.Item label={t('hotline.action.field.returnReason')} htmlFor="act-reason" required {...required(!!draft.reason.trim())}>
        <Input.TextArea id="act-reason" value={draft.reason} onChange={(e) => set('reason', e.target.value)} autoSize={{ minRows: 3 }} maxLength={1000} />
      </Form.Item>
    ),
    request_extension: () => (
      <>
        <Form.Item label={t('hotline.action.field.extension')} required {...required(!!draft.value)}>
          <Space.Compact>
            <InputNumber aria-label={t('hotline.action.field.extensionValue')} min={1} max={30} value={draft.value} onChange={(v) => set('value', v)} />
            <Select
              aria-label={t('hotline.action.field.extensionUnit')}
              value={draft.unit}
              onChange={(v: 'hours' | 'workdays') => set('unit', v)}
              options={[
                { value: 'hours', label: t('hotline.unit.hours') },
                { value: 'workdays', label: t('hotline.unit.workdays') },
              ]}
              style={{ width: 120 }}
            />
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t('hotline.action.field.reason')} htmlFor="act-reason" required {...required(!!draft.reason.trim())}>
          <Input.TextArea id="act-reason" value={draft.reason} onChange={(e) => set('reason', e.target.value)} autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </>
    ),
    reply: () => (
      <Form.Item label={t('hotline.action.field.reply')} htmlFor="act-reply" required extra={t('hotline.action.replyHint')} {...required(!!draft.reply.trim())}>
        <Input.TextArea
          id="act-reply"
          value={draft.reply}
          onChange={(e) => set('reply', e.target.value)}
          autoSize={{ minRows: 4 }}
          maxLength={2000}
          showCount
        />
      </Form.Item>
    ),
    return_visit: () => (
      <>
        {ticket.reply && (
          <div className="tb-hl-quote">
            <span className="tb-hl-muted">{t('hotline.detail.reply')}</span>
            <p>{ticket.reply}</p>
          </div>
        )}
        <Form.Item label={t('hotline.action.field.satisfaction')} required {...required(!!draft.satisfaction)}>
          <Radio.Group
            aria-label={t('hotline.action.field.satisfaction')}
            value={draft.satisfaction}
            onChange={(e) => set('satisfaction', e.target.value as Satisfaction)}
            optionType="button"
            buttonStyle="solid"
            options={SATISFACTIONS.map((s) => ({ value: s, label: t(`hotline.satisfaction.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('hotline.action.field.resolved')} required {...required(draft.resolved !== undefined)}>
          <Radio.Group
            aria-label={t('hotline.action.field.resolved')}
            value={draft.resolved === undefined ? undefined : draft.resolved ? 'yes' : 'no'}
            onChange={(e) => set('resolved', e.target.value === 'yes')}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'yes', label: t('hotline.resolved.yes') },
              { value: 'no', label: t('hotline.resolved.no') },
            ]}
          />
        </Form.Item>
        {draft.satisfaction && draft.resolved !== undefined && (
          <Alert
            type={draft.satisfaction !== 'unsatisfied' && draft.resolved ? 'success' : 'warning'}
            showIcon
            className="tb-hl-alert"
            title={t(
              draft.satisfaction !== 'unsatisfied' && draft.resolved
                ? 'hotline.visit.willClose'
                : ticket.reopenedCount < 1
                  ? 'hotline.visit.willReopen'
                  : 'hotline.visit.willCloseUnresolved',
            )}
          />
        )}
        {noteField(false)}
      </>
    ),
    merge: () => null,
  };

  function noteField(mandatory: boolean) {
    return (
      <Form.Item
        label={t(mandatory ? 'hotline.action.field.note' : 'hotline.action.field.noteOptional')}
        htmlFor="act-note"
        required={mandatory}
        {...(mandatory ? required(!!draft.note.trim()) : {})}
      >
        <Input.TextArea id="act-note" value={draft.note} onChange={(e) => set('note', e.target.value)} autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
    );
  }

  if (actions.length === 0) return <p className="tb-hl-muted">{t('hotline.action.none')}</p>;

  return (
    <>
      <div className="tb-hl-action-bar">
        {actions.map((action) => (
          <Button key={action} type={PRIMARY.has(action) ? 'primary' : 'default'} danger={DANGER.has(action)} disabled={disabled} onClick={() => start(action)}>
            {t(`hotline.action.${action}`)}
          </Button>
        ))}
      </div>
      <Modal
        open={open !== null}
        title={open ? t('hotline.action.dialogTitle', { action: t(`hotline.action.${open}`), no: ticket.ticketNo }) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => void submit()}
        okText={open ? t(`hotline.action.${open}`) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        okButtonProps={{ danger: open ? DANGER.has(open) : false }}
        width={open === 'dispatch' || open === 'transfer' ? 760 : 560}
        destroyOnHidden
        rootClassName="tb-hl-modal"
      >
        {open && (
          <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
            {fields[open]()}
            {error && <Alert type="error" showIcon role="alert" title={error.message} />}
          </Form>
        )}
      </Modal>
    </>
  );
}
