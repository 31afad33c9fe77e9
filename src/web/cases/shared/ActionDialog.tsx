import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { performAction } from './casesApi';
import { CaseFormFields, toFormPayload, type FormValues } from './CaseForm';
import { ActionError } from './ConflictAlert';
import { localName } from './format';
import { MaterialUploader, toMaterialRefs, type UploadSlot, type Uploads } from './MaterialUploader';
import { materialIn } from './mianti';
import type { CaseAction } from '../../../shared/cases/cases.enums';
import { PERSONAL_FIELD_TYPES } from '../../../shared/catalog/catalog.enums';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import { deliveryRequestText } from './deliveryRequest';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';
import type { Names } from './useCaseData';

/** Special procedures every item may use (the server's STANDARD_SPECIAL_PROCEDURES), besides its own. */
export const STANDARD_SPECIAL_PROCEDURES = ['听证', '专家评审', '现场核查'];

/** Splits a "one per line" text area into its non-empty lines. */
export function lines(text: unknown): string[] {
  return typeof text === 'string'
    ? text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Actions that only need a confirmation and an optional opinion. */
const DANGER: readonly CaseAction[] = ['withdraw', 'reject', 'deny', 'return'];

export interface ActionDialogProps {
  action: CaseAction;
  detail: CaseDetail;
  guide: ItemGuide | null;
  departments: Department[];
  names: Names;
  /** Values to start from (e.g. the window's checklist turned into correction items). */
  initial?: Record<string, unknown>;
  onClose: () => void;
  /** After a successful action, with the case's new reference. */
  onDone: (ref: CaseRef) => void;
  /** Reload the case (after a version conflict). */
  onReload: () => void;
}

interface CorrectionRow {
  target?: string;
  problem?: string;
}

/**
 * The dialog of one lifecycle action: the fields that action takes (reasons one per line, legal
 * basis, departments, uploads …), the version the user saw, and the server's answer — a version
 * conflict is shown with a reload button, any other refusal with the server's message.
 */
export function ActionDialog({ action, detail, guide, departments, names, initial, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [uploads, setUploads] = useState<Uploads>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [uploadError, setUploadError] = useState(false);
  const item = guide?.item;

  const materialOptions = detail.materials.map((m) => ({ value: `m:${m.materialCode}`, label: names.material(m.materialCode, m.name) }));
  const fieldOptions = (item?.formFields ?? []).map((f) => ({ value: `f:${f.key}`, label: localName(lang, f.labelZh, f.labelEn) }));
  const deptOptions = departments.map((d) => ({ value: d.code, label: localName(lang, d.nameZh, d.nameEn) }));
  const correctionFieldKeys = (detail.correction?.items ?? []).map((x) => x.field).filter((k): k is string => !!k);
  const editableFields = (item?.formFields ?? []).filter((f) => correctionFieldKeys.includes(f.key));

  const slots: UploadSlot[] = (() => {
    if (action === 'supply_materials') {
      const owed = new Set((detail.deficiency?.items ?? []).map((x) => x.materialCode));
      return detail.materials.filter((m) => owed.has(m.materialCode)).map((m) => slotOf(m, true));
    }
    if (action === 'resubmit') {
      const asked = new Set((detail.correction?.items ?? []).map((x) => x.materialCode).filter(Boolean));
      return detail.materials.map((m) => slotOf(m, asked.has(m.materialCode)));
    }
    return [];
  })();
  function slotOf(m: CaseDetail['materials'][number], highlight: boolean): UploadSlot {
    const asked = detail.correction?.items.filter((x) => x.materialCode === m.materialCode).map((x) => x.problem) ?? [];
    return {
      code: m.materialCode,
      name: names.material(m.materialCode, m.name),
      required: m.required,
      primary: m.primary,
      existing: m.files,
      highlight,
      note: asked.length ? asked.join('；') : undefined,
    };
  }

  const initialValues: Record<string, unknown> = (() => {
    switch (action) {
      case 'accept_with_deficiency':
        return { missing: detail.materials.filter((m) => !m.primary && m.required && !materialIn(m)).map((m) => m.materialCode), ...initial };
      case 'request_correction':
        return {
          items: detail.materials
            .filter((m) => m.required && !materialIn(m))
            .map((m) => ({ target: `m:${m.materialCode}`, problem: t('cases.dialog.missingProblem') })),
          ...initial,
        };
      case 'route':
        return { departments: [...new Set([detail.item.departmentCode, ...(item?.jointDepartments ?? [])])], ...initial };
      case 'reassign':
        return { departments: detail.departments.map((d) => d.departmentCode), ...initial };
      case 'review':
        return { recommendation: 'approve', ...initial };
      case 'deny':
        return { legalBasis: (item?.legalBasis ?? []).join('\n'), ...initial };
      case 'issue': {
        // Starts from what the applicant asked for when applying (docs/decisions.md D27).
        const asked = detail.deliveryRequest;
        return { mode: asked?.mode ?? 'window', recipient: asked?.mode === 'express' ? asked.recipient : detail.applicant.name, ...initial };
      }
      case 'start_special':
        return { procedure: item?.specialProcedures?.[0] ?? STANDARD_SPECIAL_PROCEDURES[0], limitDays: 10, ...initial };
      case 'resubmit':
        // A personal field comes masked (cases.privacy.ts on the server): it is typed anew, not resent.
        return Object.fromEntries(editableFields.map((f) => [f.key, PERSONAL_FIELD_TYPES.has(f.type) ? undefined : (detail.form[f.key] ?? undefined)]));
      default:
        return { ...initial };
    }
  })();

  const buildBody = (v: Record<string, unknown>): Record<string, unknown> | null => {
    const opinion = typeof v.opinion === 'string' && v.opinion.trim() ? v.opinion.trim() : undefined;
    const base = { version: detail.version, ...(opinion ? { opinion } : {}) };
    switch (action) {
      case 'accept_with_deficiency':
        return {
          ...base,
          missing: ((v.missing as string[]) ?? []).map((materialCode) => ({ materialCode })),
          ...(v.deficiencyDays ? { deficiencyDays: v.deficiencyDays } : {}),
        };
      case 'reject':
      case 'return':
        return { ...base, reasons: lines(v.reasons) };
      case 'request_correction':
        return {
          ...base,
          items: ((v.items as CorrectionRow[]) ?? []).map((row) => ({
            ...(row.target?.startsWith('m:') ? { materialCode: row.target.slice(2) } : {}),
            ...(row.target?.startsWith('f:') ? { field: row.target.slice(2) } : {}),
            problem: (row.problem ?? '').trim(),
          })),
        };
      case 'resubmit': {
        const formPayload = editableFields.length ? toFormPayload(editableFields, v as FormValues) : undefined;
        return { ...base, ...(formPayload ? { form: formPayload } : {}), materials: toMaterialRefs(uploads) };
      }
      case 'supply_materials': {
        const refs = toMaterialRefs(uploads);
        if (refs.length === 0) {
          setUploadError(true);
          return null;
        }
        return { ...base, materials: refs };
      }
      case 'route':
      case 'reassign':
        return { ...base, departments: v.departments };
      case 'review':
        return { ...base, recommendation: v.recommendation };
      case 'approve':
      case 'complete':
        return { ...base, ...(typeof v.resultCode === 'string' && v.resultCode.trim() ? { resultCode: v.resultCode.trim() } : {}) };
      case 'deny':
        return { ...base, reasons: lines(v.reasons), legalBasis: lines(v.legalBasis) };
      case 'start_special':
        return { ...base, procedure: v.procedure, limitDays: v.limitDays };
      case 'end_special':
        return { ...base, ...(typeof v.outcome === 'string' && v.outcome.trim() ? { outcome: v.outcome.trim() } : {}) };
      case 'issue':
        return {
          ...base,
          mode: v.mode,
          ...(v.mode === 'express' ? { trackingNo: String(v.trackingNo ?? '').trim(), carrier: String(v.carrier ?? '').trim() || undefined } : {}),
          ...(typeof v.recipient === 'string' && v.recipient.trim() ? { recipient: v.recipient.trim() } : {}),
        };
      case 'withdraw':
        return { version: detail.version, ...(opinion ? { reason: opinion } : {}) };
      default:
        return base;
    }
  };

  const submit = async () => {
    let values: Record<string, unknown>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = buildBody(values);
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const ref = await performAction(detail.id, action, body as Record<string, unknown> & { version: number });
      void message.success(t('cases.dialog.done', { action: t(`cases.action.${action}`) }));
      onDone(ref);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const reasonsRule = [{ required: true, whitespace: true, message: t('cases.dialog.reasonsRequired') }];
  const opinionRequired = action === 'review';
  const fields: ReactNode[] = [];
  switch (action) {
    case 'accept_with_deficiency':
      fields.push(
        <Form.Item key="missing" name="missing" label={t('cases.dialog.missing')} extra={t('cases.dialog.missingHint')}>
          <Select
            mode="multiple"
            options={detail.materials.filter((m) => !m.primary).map((m) => ({ value: m.materialCode, label: names.material(m.materialCode, m.name) }))}
          />
        </Form.Item>,
        <Form.Item
          key="days"
          name="deficiencyDays"
          label={t('cases.dialog.deficiencyDays')}
          extra={t('cases.dialog.deficiencyDaysHint', { days: item?.deficiencyDays ?? 5 })}
        >
          <InputNumber min={1} max={30} className="tb-full-width" />
        </Form.Item>,
      );
      break;
    case 'reject':
    case 'return':
      fields.push(
        <Form.Item key="reasons" name="reasons" label={t('cases.dialog.reasons')} extra={t('cases.dialog.onePerLine')} rules={reasonsRule}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>,
      );
      break;
    case 'request_correction':
      fields.push(
        <div key="items">
          <p className="tb-hint">{t('cases.dialog.correctionHint')}</p>
          <Form.List
            name="items"
            rules={[
              {
                validator: async (_r, rows: unknown[]) => {
                  if (!rows || rows.length === 0) throw new Error(t('cases.dialog.correctionEmpty'));
                },
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map((row, index) => (
                  <div key={row.key} className="tb-correction-row">
                    <Form.Item name={[row.name, 'target']} label={t('cases.dialog.correctionTarget', { n: index + 1 })} className="tb-correction-target">
                      <Select
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        options={[
                          { label: t('cases.dialog.materials'), options: materialOptions },
                          { label: t('cases.dialog.fields'), options: fieldOptions },
                        ]}
                        placeholder={t('cases.dialog.correctionGeneral')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'problem']}
                      label={t('cases.dialog.correctionProblem', { n: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('cases.dialog.problemRequired') }]}
                      className="tb-correction-problem"
                    >
                      <Input />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('cases.dialog.removeRow', { n: index + 1 })}
                      onClick={() => remove(row.name)}
                      className="tb-correction-remove"
                    />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('cases.dialog.addProblem')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </div>,
      );
      break;
    case 'resubmit':
      if (editableFields.length) fields.push(<CaseFormFields key="form" fields={editableFields} />);
      fields.push(<MaterialUploader key="up" slots={slots} value={uploads} onChange={setUploads} />);
      break;
    case 'supply_materials':
      fields.push(
        <MaterialUploader
          key="up"
          slots={slots}
          value={uploads}
          onChange={(next) => {
            setUploads(next);
            setUploadError(false);
          }}
        />,
      );
      if (uploadError) fields.push(<Alert key="upErr" type="error" role="alert" showIcon title={t('cases.dialog.uploadRequired')} />);
      break;
    case 'route':
    case 'reassign':
      fields.push(
        <Form.Item
          key="departments"
          name="departments"
          label={t('cases.dialog.departments')}
          extra={t('cases.dialog.departmentsHint')}
          rules={[{ required: true, message: t('cases.dialog.departmentsRequired') }]}
        >
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={deptOptions} />
        </Form.Item>,
      );
      break;
    case 'review':
      fields.push(
        <Form.Item key="rec" name="recommendation" label={t('cases.dialog.recommendation')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'approve', label: t('cases.review.approve') },
              { value: 'deny', label: t('cases.review.deny') },
            ]}
          />
        </Form.Item>,
      );
      break;
    case 'approve':
    case 'complete':
      fields.push(
        <Form.Item key="result" name="resultCode" label={t('cases.dialog.resultCode')} extra={t('cases.dialog.resultCodeHint')}>
          <Input maxLength={100} />
        </Form.Item>,
      );
      break;
    case 'deny':
      fields.push(
        <Form.Item key="reasons" name="reasons" label={t('cases.dialog.denyReasons')} extra={t('cases.dialog.onePerLine')} rules={reasonsRule}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>,
        <Form.Item
          key="basis"
          name="legalBasis"
          label={t('cases.dialog.legalBasis')}
          extra={t('cases.dialog.legalBasisHint')}
          rules={[{ required: true, whitespace: true, message: t('cases.dialog.legalBasisRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>,
      );
      break;
    case 'start_special':
      fields.push(
        <Form.Item key="proc" name="procedure" label={t('cases.dialog.procedure')} rules={[{ required: true }]}>
          <Select options={[...new Set([...(item?.specialProcedures ?? []), ...STANDARD_SPECIAL_PROCEDURES])].map((p) => ({ value: p, label: p }))} />
        </Form.Item>,
        <Form.Item
          key="days"
          name="limitDays"
          label={t('cases.dialog.limitDays')}
          extra={t('cases.dialog.limitDaysHint')}
          rules={[{ required: true, message: t('cases.dialog.limitDaysRequired') }]}
        >
          <InputNumber min={1} max={120} className="tb-full-width" />
        </Form.Item>,
      );
      break;
    case 'end_special':
      fields.push(
        <Form.Item key="outcome" name="outcome" label={t('cases.dialog.outcome')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>,
      );
      break;
    case 'issue':
      fields.push(<IssueFields key="issue" asked={detail.deliveryRequest} />);
      break;
    case 'withdraw':
      fields.push(<Alert key="warn" type="warning" showIcon title={t('cases.dialog.withdrawWarning')} className="tb-dialog-alert" />);
      break;
    default:
      break;
  }

  const opinionLabel = action === 'withdraw' ? t('cases.dialog.withdrawReason') : opinionRequired ? t('cases.dialog.reviewOpinion') : t('cases.dialog.opinion');
  const okText = action === 'withdraw' ? t('cases.dialog.confirmWithdraw') : t('cases.dialog.confirm', { action: t(`cases.action.${action}`) });

  return (
    <Modal
      className="tb-case-dialog"
      open
      title={t(`cases.action.${action}`)}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText}
      cancelText={t('cases.dialog.cancel')}
      okButtonProps={{ loading: busy, danger: DANGER.includes(action) }}
      destroyOnHidden
      width={action === 'request_correction' || action === 'resubmit' || action === 'supply_materials' ? 760 : 560}
    >
      <p className="tb-dialog-case">
        {detail.caseNo} · {guide ? localName(lang, guide.item.name, guide.item.nameEn) : detail.item.name}
      </p>
      {error && (
        <div className="tb-dialog-alert">
          <ActionError
            error={error}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        </div>
      )}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {fields}
        <Form.Item
          name="opinion"
          label={opinionLabel}
          rules={opinionRequired ? [{ required: true, whitespace: true, message: t('cases.dialog.opinionRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * How a result is handed over: at the window, by express (tracking number), or as an e-licence;
 * `asked` is what the applicant chose when applying (docs/decisions.md D27), shown as a reminder.
 */
export function IssueFields({ asked }: { asked?: CaseDetail['deliveryRequest'] }) {
  const t = useT();
  const mode = Form.useWatch('mode');
  return (
    <>
      {asked && <Alert type="info" showIcon className="tb-dialog-alert" title={t('cases.dialog.deliveryAsked', { way: deliveryRequestText(t, asked) })} />}
      <Form.Item name="mode" label={t('cases.dialog.deliveryMode')} rules={[{ required: true }]}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value="window">{t('cases.delivery.window')}</Radio>
            <Radio value="express">{t('cases.delivery.express')}</Radio>
            <Radio value="e_licence">{t('cases.delivery.e_licence')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {mode === 'express' && (
        <>
          <Form.Item name="carrier" label={t('cases.dialog.carrier')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="trackingNo"
            label={t('cases.dialog.trackingNo')}
            rules={[
              { required: true, whitespace: true, message: t('cases.dialog.trackingRequired') },
              { pattern: /^[A-Za-z0-9-]{6,40}$/, message: t('cases.dialog.trackingPattern') },
            ]}
          >
            <Input maxLength={40} className="tb-mono" />
          </Form.Item>
        </>
      )}
      <Form.Item name="recipient" label={t('cases.dialog.recipient')}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
