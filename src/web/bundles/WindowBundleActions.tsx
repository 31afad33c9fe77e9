import { CheckOutlined, ExportOutlined, MinusCircleOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ActionError } from '../cases/shared/ConflictAlert';
import type { DeliveryMode } from '../../shared/cases/cases.enums';
import type { BundleCaseDetail, BundleCaseRef, BundlePlan } from '../../shared/bundles/bundles.wire';
import { performBundleAction } from './bundlesApi';

interface CorrectionRow {
  itemCode?: string;
  target?: string;
  problem?: string;
}

interface IssueValues {
  mode: DeliveryMode;
  trackingNo?: string;
  carrier?: string;
  recipient?: string;
}

/**
 * The window's bundle-level actions (一窗受理, 一次告知, 统一出件): accept every member whose
 * materials are complete with one button; one correction notice with lines across members; issue
 * every completed member's result together.
 */
export function WindowBundleActions({
  detail,
  plan,
  onChanged,
}: {
  detail: BundleCaseDetail;
  plan: BundlePlan | null;
  onChanged: (ref: BundleCaseRef | null) => void;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const [dialog, setDialog] = useState<'request_correction' | 'issue' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const can = (a: BundleCaseDetail['actions'][number]) => detail.actions.includes(a);
  // Results the applicant wants together go out once every member is decided (the bundle is ready);
  // before that, 统一出件 would only be refused (docs/decisions.md D24).
  const canIssue = can('issue') && (detail.delivery.timing === 'as_ready' || detail.status === 'ready');
  if (!can('accept') && !can('request_correction') && !canIssue) return null;

  const accept = () =>
    modal.confirm({
      title: t('bundles.window.acceptConfirmTitle'),
      content: t('bundles.window.acceptConfirm', { n: detail.members.length }),
      okText: t('bundles.window.accept'),
      cancelText: t('cases.dialog.cancel'),
      onOk: async () => {
        setBusy(true);
        setError(null);
        try {
          onChanged(await performBundleAction(detail.id, 'accept', { version: detail.version }));
        } catch (err) {
          setError(toApiError(err));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <Card size="small" className="tb-case-card tb-bundle-window-actions" title={<h2 className="tb-card-title">{t('bundles.window.actionsTitle')}</h2>}>
      <p className="tb-hint">{t('bundles.window.actionsLead')}</p>
      <div className="tb-bundle-actions-row">
        {can('accept') && (
          <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={accept}>
            {t('bundles.window.accept')}
          </Button>
        )}
        {can('request_correction') && (
          <Button icon={<WarningOutlined />} onClick={() => setDialog('request_correction')}>
            {t('bundles.window.requestCorrection')}
          </Button>
        )}
        {canIssue && (
          <Button type={can('accept') ? 'default' : 'primary'} icon={<ExportOutlined />} onClick={() => setDialog('issue')}>
            {t('bundles.window.issue')}
          </Button>
        )}
      </div>
      {error && (
        <div className="tb-apply-alert">
          <ActionError error={error} onReload={() => onChanged(null)} />
        </div>
      )}
      {dialog === 'request_correction' && (
        <CorrectionDialog
          detail={detail}
          plan={plan}
          onClose={() => setDialog(null)}
          onDone={(ref) => {
            setDialog(null);
            onChanged(ref);
          }}
        />
      )}
      {dialog === 'issue' && (
        <IssueDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(ref) => {
            setDialog(null);
            onChanged(ref);
          }}
        />
      )}
    </Card>
  );
}

function CorrectionDialog({
  detail,
  plan,
  onClose,
  onDone,
}: {
  detail: BundleCaseDetail;
  plan: BundlePlan | null;
  onClose: () => void;
  onDone: (ref: BundleCaseRef) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<{ rows: CorrectionRow[]; opinion?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const rows = Form.useWatch('rows', form) ?? [];
  const memberName = (m: BundleCaseDetail['members'][number]) => (lang === 'en-US' && m.itemNameEn ? m.itemNameEn : m.itemName);
  // What a line may name for a member: its materials and its fields, as the merged lists call them —
  // not what an earlier member's result provides (营业执照, the credit code), which the applicant never
  // hands in (docs/decisions.md D24) and a resubmission could not carry.
  const targets = (itemCode?: string) =>
    itemCode
      ? [
          ...(plan?.materials ?? [])
            .filter((m) => m.provision !== 'in_bundle')
            .flatMap((m) =>
              m.items
                .filter((x) => x.itemCode === itemCode)
                .map((x) => ({ value: `m:${x.materialCode}`, label: t('bundles.window.targetMaterial', { name: m.name }) })),
            ),
          ...(plan?.form ?? [])
            .filter((f) => !f.producedBy)
            .flatMap((f) =>
              f.items
                .filter((x) => x.itemCode === itemCode)
                .map((x) => ({ value: `f:${x.field}`, label: t('bundles.window.targetField', { name: lang === 'en-US' ? f.labelEn : f.label }) })),
            ),
        ]
      : [];

  const send = async () => {
    let values: { rows: CorrectionRow[]; opinion?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const items = values.rows.map((r) => ({
        itemCode: r.itemCode ?? '',
        ...(r.target?.startsWith('m:') ? { materialCode: r.target.slice(2) } : {}),
        ...(r.target?.startsWith('f:') ? { field: r.target.slice(2) } : {}),
        problem: (r.problem ?? '').trim(),
      }));
      const opinion = values.opinion?.trim();
      onDone(await performBundleAction(detail.id, 'request_correction', { version: detail.version, items, ...(opinion ? { opinion } : {}) }));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      className="tb-case-dialog"
      width={760}
      title={t('bundles.window.correctionTitle')}
      okText={t('bundles.window.correctionSend')}
      cancelText={t('cases.dialog.cancel')}
      confirmLoading={busy}
      onOk={() => void send()}
      onCancel={onClose}
    >
      <p className="tb-hint">{t('bundles.window.correctionLead')}</p>
      <Form form={form} layout="vertical" name="bundle-correction" initialValues={{ rows: [{}] }}>
        <Form.List
          name="rows"
          rules={[
            {
              validator: async (_r, value: unknown[] | undefined) => {
                if (!value || value.length === 0) throw new Error(t('cases.dialog.correctionEmpty'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((row, index) => (
                <fieldset key={row.key} className="tb-bundle-correction-row">
                  <legend>{t('bundles.window.correctionLine', { n: index + 1 })}</legend>
                  <Form.Item
                    name={[row.name, 'itemCode']}
                    label={t('bundles.window.correctionMember', { n: index + 1 })}
                    rules={[{ required: true, message: t('bundles.window.correctionMemberRequired') }]}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      options={detail.members.map((m) => ({ value: m.itemCode, label: memberName(m) }))}
                      onChange={() => form.setFieldValue(['rows', row.name, 'target'], undefined)}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'target']} label={t('bundles.window.correctionTarget', { n: index + 1 })}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('cases.dialog.correctionGeneral')}
                      options={targets(rows[row.name]?.itemCode)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'problem']}
                    label={t('bundles.window.correctionProblem', { n: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t('bundles.window.correctionProblemRequired') },
                      { max: 500, message: t('cases.form.tooLong', { max: 500 }) },
                    ]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(row.name)}>
                      {t('bundles.window.correctionRemove', { n: index + 1 })}
                    </Button>
                  )}
                </fieldset>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 50}>
                {t('bundles.window.correctionAdd')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Form.Item name="opinion" label={t('bundles.window.opinion')} className="tb-bundle-opinion">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
      {error && <ActionError error={error} onReload={onClose} />}
    </Modal>
  );
}

function IssueDialog({ detail, onClose, onDone }: { detail: BundleCaseDetail; onClose: () => void; onDone: (ref: BundleCaseRef) => void }) {
  const t = useT();
  const [form] = Form.useForm<IssueValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mode = Form.useWatch('mode', form) ?? detail.delivery.mode;
  const ready = detail.members.filter((m) => m.status === 'approved' || m.status === 'completed');

  const send = async () => {
    let values: IssueValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const express =
        values.mode === 'express'
          ? {
              ...(values.trackingNo?.trim() ? { trackingNo: values.trackingNo.trim() } : {}),
              ...(values.carrier?.trim() ? { carrier: values.carrier.trim() } : {}),
              ...(values.recipient?.trim() ? { recipient: values.recipient.trim() } : {}),
            }
          : {};
      onDone(await performBundleAction(detail.id, 'issue', { version: detail.version, mode: values.mode, ...express }));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      className="tb-case-dialog"
      title={t('bundles.window.issueTitle')}
      okText={t('bundles.window.issue')}
      cancelText={t('cases.dialog.cancel')}
      confirmLoading={busy}
      onOk={() => void send()}
      onCancel={onClose}
    >
      <p>{t('bundles.window.issueLead', { n: ready.length })}</p>
      <Form form={form} layout="vertical" name="bundle-issue" initialValues={{ mode: detail.delivery.mode }}>
        <Form.Item name="mode" label={t('bundles.delivery.mode')}>
          <Radio.Group className="tb-bundle-radios">
            <Radio value="e_licence">{t('bundles.delivery.e_licence')}</Radio>
            <Radio value="window">{t('bundles.delivery.window')}</Radio>
            <Radio value="express">{t('bundles.delivery.express')}</Radio>
          </Radio.Group>
        </Form.Item>
        {mode === 'express' && (
          <>
            {detail.delivery.address && <p className="tb-hint">{t('bundles.window.issueAddress', { address: detail.delivery.address })}</p>}
            <Form.Item
              name="trackingNo"
              label={t('bundles.window.trackingNo')}
              rules={[
                { required: true, whitespace: true, message: t('bundles.window.trackingNoRequired') },
                { pattern: /^[A-Za-z0-9-]{6,40}$/, message: t('bundles.window.trackingNoFormat') },
              ]}
            >
              <Input maxLength={40} className="tb-mono" />
            </Form.Item>
            <Form.Item name="carrier" label={t('bundles.window.carrier')}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="recipient" label={t('bundles.window.recipient')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </Form>
      {error && <ActionError error={error} onReload={onClose} />}
    </Modal>
  );
}
