import './supervision.css';
import { Button, Drawer, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { useNotifyError } from '../shared/useNotifyError';
import { localName } from '../cases/shared/format';
import { useDepartments } from '../cases/shared/useCaseData';
import { ORDER_MAX_WORKDAYS, ORDER_MIN_WORKDAYS, ORDER_SUBJECT_KINDS, type OrderSubjectKind } from '../../shared/supervision/supervision.enums';
import type { OrderRefWire } from '../../shared/supervision/supervision.wire';
import { createOrder } from './supervisionApi';

/** A subject fixed by the page that opens the drawer (the case page's 督办 button). */
export interface OrderSubjectPreset {
  kind: OrderSubjectKind;
  id: string;
  label: string;
}

/**
 * Opens a supervision order (督办): the subject (fixed when opened from a case or ticket), what is
 * wrong, what is demanded, the deadline in working days and, optionally, the responsible
 * department (the server defaults it to the department that holds the subject and checks it).
 */
export function CreateOrderDrawer({
  open,
  onClose,
  onCreated,
  preset,
  kinds = ORDER_SUBJECT_KINDS,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (ref: OrderRefWire) => void;
  preset?: OrderSubjectPreset;
  kinds?: readonly OrderSubjectKind[];
}) {
  const t = useT();
  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('supervision.create.title')} destroyOnHidden>
      {open && <CreateOrderForm preset={preset} kinds={kinds} onCreated={onCreated} />}
    </Drawer>
  );
}

function CreateOrderForm({
  preset,
  kinds,
  onCreated,
}: {
  preset?: OrderSubjectPreset;
  kinds: readonly OrderSubjectKind[];
  onCreated: (ref: OrderRefWire) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const notifyError = useNotifyError();
  const departments = useDepartments();
  const [kind, setKind] = useState<OrderSubjectKind>(preset?.kind ?? kinds[0]);
  const [subjectId, setSubjectId] = useState(preset?.id ?? '');
  const [problem, setProblem] = useState('');
  const [demand, setDemand] = useState('');
  const [workdays, setWorkdays] = useState<number | null>(5);
  const [department, setDepartment] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // One key per form: a double click or a retry after a lost answer opens one order.
  const [idempotencyKey] = useState(() => `order-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
  const departmentOptions = departments.map((d) => ({ value: d.code, label: localName(lang, d.nameZh, d.nameEn) }));
  const ready = subjectId.trim() && problem.trim() && demand.trim() && workdays !== null;

  async function submit() {
    setBusy(true);
    try {
      const ref = await createOrder(
        { subjectKind: kind, subjectId: subjectId.trim(), problem, demand, workdays: workdays ?? 0, ...(department ? { departmentCode: department } : {}) },
        idempotencyKey,
      );
      onCreated(ref);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" size="middle" className="tb-order-form">
      {preset ? (
        <p>
          <strong>{t('supervision.order.subject')}：</strong>
          {`${t(`supervision.kind.${preset.kind}`)} ${preset.label}`}
        </p>
      ) : (
        <>
          <label className="tb-field">
            <span className="tb-field-label">{t('supervision.create.kind')}</span>
            <Select
              value={kind}
              onChange={(v: OrderSubjectKind) => {
                setKind(v);
                setSubjectId('');
              }}
              options={kinds.map((k) => ({ value: k, label: t(`supervision.kind.${k}`) }))}
              aria-label={t('supervision.create.kind')}
            />
          </label>
          <label className="tb-field">
            <span className="tb-field-label">{t(`supervision.create.subject.${kind}`)}</span>
            {kind === 'department' ? (
              <Select
                showSearch
                optionFilterProp="label"
                value={subjectId || undefined}
                onChange={(v: string) => setSubjectId(v)}
                options={departmentOptions}
                aria-label={t(`supervision.create.subject.${kind}`)}
              />
            ) : (
              <Input value={subjectId} onChange={(e) => setSubjectId(e.target.value)} placeholder={t('supervision.create.idPlaceholder')} />
            )}
          </label>
        </>
      )}
      <label className="tb-field">
        <span className="tb-field-label">{t('supervision.order.problem')}</span>
        <Input.TextArea value={problem} onChange={(e) => setProblem(e.target.value)} maxLength={2000} rows={3} />
      </label>
      <label className="tb-field">
        <span className="tb-field-label">{t('supervision.order.demand')}</span>
        <Input.TextArea value={demand} onChange={(e) => setDemand(e.target.value)} maxLength={2000} rows={3} />
      </label>
      <label className="tb-field">
        <span className="tb-field-label">{t('supervision.create.workdays', { min: ORDER_MIN_WORKDAYS, max: ORDER_MAX_WORKDAYS })}</span>
        <InputNumber min={ORDER_MIN_WORKDAYS} max={ORDER_MAX_WORKDAYS} precision={0} value={workdays} onChange={(v) => setWorkdays(v)} />
      </label>
      {kind !== 'department' && (
        <label className="tb-field">
          <span className="tb-field-label">{t('supervision.create.department')}</span>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={department}
            placeholder={t('supervision.create.departmentDefault')}
            onChange={(v: string | undefined) => setDepartment(v)}
            options={departmentOptions}
            aria-label={t('supervision.create.department')}
          />
        </label>
      )}
      <Button type="primary" loading={busy} disabled={!ready} onClick={() => void submit()}>
        {t('supervision.create.submit')}
      </Button>
    </Space>
  );
}
