import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Skeleton, Space, Switch, Table, Tag, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { BRANCH_HALLS } from '../../../shared/catalog/catalog.enums';
import type { SearchResponse } from '../../../shared/catalog/catalog.wire';
import type { Department, Region } from '../../../shared/org/org.wire';
import { PLACE_KINDS, PLACE_LEVELS, WEEKDAYS, WINDOW_KINDS, type PlaceKind, type WindowKind } from '../../../shared/places/places.enums';
import type { Hours, PlaceDetail, PlacesResponse, PlaceSummary } from '../../../shared/places/places.wire';
import { codeLabel, nameIn, windowKindLabel } from '../../portal/catalogText';
import { PlaceMap } from '../../portal/PlaceMap';
import { useApiQuery } from '../../shared/useApiQuery';
import '../../portal/catalog.css';
import './admin-catalog.css';
import { toFieldName, type Problem } from './definition';

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

interface WindowValues {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: WindowKind;
  branchHall?: string;
  departmentCodes?: string[];
}

interface PlaceValues {
  code?: string;
  name: string;
  nameEn: string;
  kind: PlaceKind;
  branchHall: string | null;
  regionCode: string;
  parentCode: string | null;
  address: string;
  addressEn: string;
  lat: number;
  lng: number;
  phone: string;
  active: boolean;
  hours: Hours & { hasExtended?: boolean; hasWeekend?: boolean };
  windows: WindowValues[];
}
type FieldList = Parameters<FormInstance<PlaceValues>['setFields']>[0];

/** `/admin/places`: the "1+N+X" places — list, then one place's address, position, hours, windows and items. */
export function PlacesAdminPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const back = () => setParams({});
  return (
    <div className="tb-catalog-admin">
      {params.get('new') === '1' ? (
        <PlaceEditor key="new" code={null} onClose={back} onCreated={(c) => setParams({ code: c })} />
      ) : code ? (
        <PlaceEditor key={code} code={code} onClose={back} onCreated={(c) => setParams({ code: c })} />
      ) : (
        <PlaceList />
      )}
    </div>
  );
}

function PlaceList() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('catalog.admin.placesTitle'));
  const [params, setParams] = useSearchParams();
  const levelId = useId();
  const regionId = useId();
  const level = params.get('level') ?? undefined;
  const region = params.get('region') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const places = useApiQuery<PlacesResponse>('/api/v1/places', { level, region, page, pageSize: 50 });
  const regions = useApiQuery<{ items: Region[] }>('/api/v1/regions');
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };

  return (
    <div>
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.admin.placesTitle')}
      </Typography.Title>
      <div className="tb-admin-toolbar">
        <label htmlFor={levelId} className="tb-filter-label">
          {t('catalog.places.level')}
        </label>
        <Select
          id={levelId}
          allowClear
          placeholder={t('catalog.places.level.all')}
          value={level}
          onChange={(v?: string) => update({ level: v })}
          options={PLACE_LEVELS.map((l) => ({ value: l, label: t(`catalog.places.level.${l}`) }))}
          style={{ minWidth: 150 }}
        />
        <label htmlFor={regionId} className="tb-filter-label">
          {t('catalog.admin.region')}
        </label>
        <Select
          id={regionId}
          allowClear
          placeholder={t('catalog.search.any')}
          value={region}
          onChange={(v?: string) => update({ region: v })}
          options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: lang === 'en-US' ? r.nameEn : r.nameZh }))}
          style={{ minWidth: 180 }}
        />
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setParams({ new: '1' })} className="tb-admin-toolbar-actions">
          {t('catalog.admin.createPlace')}
        </Button>
      </div>
      {places.status === 'error' && <ErrorAlert error={places.error} onRetry={places.reload} />}
      <Table<PlaceSummary>
        size="middle"
        rowKey="code"
        loading={places.pending}
        dataSource={places.data?.places ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 50,
          total: places.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('catalog.places.count', { n }),
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
          { title: t('catalog.admin.col.code'), dataIndex: 'code', width: 140 },
          { title: t('catalog.admin.col.name'), key: 'name', render: (_v, p) => <Link to={`/admin/places?code=${encodeURIComponent(p.code)}`}>{p.name}</Link> },
          { title: t('catalog.admin.placeKind'), dataIndex: 'kind', width: 200, render: (k: string) => codeLabel(t, 'placeKind', k) },
          { title: t('catalog.admin.region'), dataIndex: 'regionName', width: 150 },
          { title: t('catalog.places.phone'), dataIndex: 'phone', width: 140 },
          {
            title: t('catalog.admin.col.actions'),
            key: 'actions',
            width: 110,
            render: (_v, p) => (
              <Link to={`/places/${encodeURIComponent(p.code)}`} aria-label={t('catalog.admin.viewPublicOf', { name: p.name })}>
                {t('catalog.admin.viewPublicShort')}
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}

/** All published items as select options (the items a place handles are chosen from them). */
function useItemOptions(): { options: Array<{ value: string; label: string }>; loading: boolean } {
  const { lang } = useLang();
  const [state, setState] = useState<{ options: Array<{ value: string; label: string }>; loading: boolean }>({ options: [], loading: true });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: SearchResponse['items'] = [];
      for (let page = 1; page <= 200; page += 1) {
        const r = await api.get<SearchResponse>('/api/v1/items', { query: { page, pageSize: 100 } });
        all.push(...r.items);
        if (all.length >= r.total || r.items.length === 0) break;
      }
      if (!cancelled) setState({ options: all.map((i) => ({ value: i.code, label: `${nameIn(lang, i)} · ${i.code}` })), loading: false });
    })().catch(() => !cancelled && setState((s) => ({ ...s, loading: false })));
    return () => {
      cancelled = true;
    };
  }, [lang]);
  return state;
}

function toValues(p: PlaceDetail): PlaceValues {
  return {
    name: p.nameZh,
    nameEn: p.nameEn,
    kind: p.kind,
    branchHall: p.branchHall,
    regionCode: p.regionCode,
    parentCode: p.parentCode,
    address: p.addressZh,
    addressEn: p.addressEn,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    active: p.active,
    hours: { ...p.hours, hasExtended: Boolean(p.hours.extended), hasWeekend: Boolean(p.hours.weekend) },
    windows: p.windows.map((w) => ({ code: w.code, nameZh: w.name, nameEn: w.nameEn, kind: w.kind, branchHall: w.branchHall ?? undefined, departmentCodes: w.departmentCodes })),
  };
}

const BLANK: PlaceValues = {
  name: '',
  nameEn: '',
  kind: 'community_station',
  branchHall: null,
  regionCode: '150202',
  parentCode: null,
  address: '',
  addressEn: '',
  lat: 40.65,
  lng: 109.84,
  phone: '',
  active: true,
  hours: { weekday: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }], lunchDuty: false, holiday: 'closed', selfService24h: false, noteZh: '', noteEn: '', hasExtended: false, hasWeekend: false },
  windows: [],
};

/** The form's values as the API takes them. */
function toInput(v: PlaceValues) {
  const { hasExtended, hasWeekend, extended, weekend, ...hours } = v.hours;
  return {
    name: v.name.trim(),
    nameEn: v.nameEn.trim(),
    kind: v.kind,
    branchHall: v.kind === 'branch_hall' ? (v.branchHall ?? null) : null,
    regionCode: v.regionCode,
    parentCode: v.parentCode?.trim() || null,
    address: v.address.trim(),
    addressEn: v.addressEn.trim(),
    lat: v.lat,
    lng: v.lng,
    phone: v.phone.trim(),
    active: v.active,
    hours: {
      ...hours,
      noteZh: hours.noteZh?.trim() ?? '',
      noteEn: hours.noteEn?.trim() ?? '',
      ...(hasExtended && extended ? { extended } : {}),
      ...(hasWeekend && weekend ? { weekend } : {}),
    },
    windows: (v.windows ?? []).map((w) => ({
      code: w.code.trim(),
      nameZh: w.nameZh.trim(),
      nameEn: w.nameEn.trim(),
      kind: w.kind,
      ...(w.branchHall ? { branchHall: w.branchHall } : {}),
      ...(w.departmentCodes?.length ? { departmentCodes: w.departmentCodes } : {}),
    })),
  };
}

function PlaceEditor({ code, onClose, onCreated }: { code: string | null; onClose: () => void; onCreated: (code: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlaceValues>();
  const creating = code === null;
  const [place, setPlace] = useState<PlaceDetail | null>(null);
  const [version, setVersion] = useState(0);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState<null | 'place' | 'items'>(null);
  const [items, setItems] = useState<string[]>([]);
  const regions = useApiQuery<{ items: Region[] }>('/api/v1/regions');
  const departments = useApiQuery<{ items: Department[] }>('/api/v1/departments');
  const itemOptions = useItemOptions();
  const lat = Form.useWatch('lat', form);
  const lng = Form.useWatch('lng', form);
  const kind = Form.useWatch('kind', form);
  const name = Form.useWatch('name', form);
  useDocumentTitle(creating ? t('catalog.admin.createPlace') : t('catalog.admin.editPlace', { name: name || code || '' }));

  const load = useCallback(async () => {
    if (!code) {
      form.setFieldsValue(BLANK);
      return;
    }
    try {
      const detail = await api.get<PlaceDetail>(`/api/v1/places/${encodeURIComponent(code)}`);
      setPlace(detail);
      setVersion(detail.version);
      setItems(detail.items.map((i) => i.code));
      form.resetFields();
      form.setFieldsValue(toValues(detail));
      setLoadError(null);
    } catch (e) {
      setLoadError(toApiError(e));
    }
  }, [code, form]);

  useEffect(() => {
    void load();
  }, [load]);

  const report = (e: unknown) => {
    const err = toApiError(e);
    const list = (err.detailList ?? []).filter((p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).path === 'string');
    if (list.length) {
      setProblems(list);
      form.setFields(list.map((p) => ({ name: toFieldName(p.path), errors: [(lang === 'en-US' ? p.en : p.zh) ?? p.message ?? ''] })) as FieldList);
      setError(err);
    } else {
      setProblems([]);
      setError(err);
    }
  };

  const savePlace = async () => {
    setError(null);
    setProblems([]);
    let values: PlaceValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as PlaceValues;
    } catch {
      message.error(t('catalog.admin.fixFields'));
      return;
    }
    setBusy('place');
    try {
      if (creating) {
        const newCode = String(values.code ?? '').trim();
        await api.post('/api/v1/admin/places', { code: newCode, ...toInput(values), items: [] });
        message.success(t('catalog.admin.placeCreated', { code: newCode }));
        onCreated(newCode);
        return;
      }
      const r = await api.put<{ version: number }>(`/api/v1/admin/places/${encodeURIComponent(code)}`, { ...toInput(values), version });
      setVersion(r.version);
      message.success(t('catalog.admin.placeSaved'));
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  const saveItems = async () => {
    if (!code) return;
    setError(null);
    setBusy('items');
    try {
      const r = await api.put<{ version: number; items: number }>(`/api/v1/admin/places/${encodeURIComponent(code)}/items`, { items, version });
      setVersion(r.version);
      message.success(t('catalog.admin.placeItemsSaved', { n: r.items }));
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  if (loadError) {
    return (
      <>
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.admin.editPlace', { name: code ?? '' })}
        </Typography.Title>
        <ErrorAlert error={loadError} onRetry={() => void load()} />
        <Button className="tb-top-gap" onClick={onClose}>
          {t('catalog.admin.backToPlaces')}
        </Button>
      </>
    );
  }
  if (!creating && !place) return <Skeleton active paragraph={{ rows: 14 }} />;

  const regionOptions = (regions.data?.items ?? []).map((r) => ({ value: r.code, label: `${lang === 'en-US' ? r.nameEn : r.nameZh} · ${r.code}` }));
  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.code, label: lang === 'en-US' ? d.nameEn : d.nameZh }));
  const dayOptions = WEEKDAYS.map((d) => ({ value: d, label: codeLabel(t, 'weekday', d) }));
  const timeRule = [{ required: true, pattern: HHMM, message: t('catalog.admin.rule.time') }];
  // A validator, not `required`: antd would put aria-required on the checkbox group's <div>.
  const atLeastOne = { validator: (_: unknown, v?: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('catalog.admin.rule.days')))) };
  const f = (key: string) => t(`catalog.admin.p.${key}` as 'catalog.admin.p.name');

  return (
    <div className="tb-editor">
      <Button type="link" onClick={onClose} className="tb-back-button">
        ← {t('catalog.admin.backToPlaces')}
      </Button>
      <Typography.Title level={1} className="tb-page-title">
        {creating ? t('catalog.admin.createPlace') : t('catalog.admin.editPlace', { name: name || code || '' })}
      </Typography.Title>
      {!creating && (
        <p className="tb-editor-status">
          <span>{t('catalog.admin.codeLabel', { code: code ?? '' })}</span> <Tag>{t('catalog.admin.placeVersion', { version })}</Tag>{' '}
          <Link to={`/places/${encodeURIComponent(code ?? '')}`}>{t('catalog.admin.viewPublic')}</Link>
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="tb-editor-problems"
          title={
            <ul className="tb-problem-list">
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path.replace(/^body\./, '')}</code> {(lang === 'en-US' ? p.en : p.zh) ?? p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form<PlaceValues> form={form} layout="vertical" className="tb-editor-form" scrollToFirstError={{ block: 'center' }}>
        <section className="tb-editor-card" aria-labelledby="place-basics">
          <Typography.Title level={2} id="place-basics" className="tb-editor-card-title">
            {t('catalog.admin.placeBasics')}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Row gutter={12}>
                {creating && (
                  <Col xs={24} md={12}>
                    <Form.Item name="code" label={f('code')} rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, message: t('catalog.admin.rule.placeCode') }]}>
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                )}
                <Col xs={24} md={12}>
                  <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="nameEn" label={f('nameEn')} rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}>
                    <Input maxLength={200} lang="en" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="kind" label={f('kind')} rules={[{ required: true }]}>
                    <Select options={PLACE_KINDS.map((k) => ({ value: k, label: codeLabel(t, 'placeKind', k) }))} />
                  </Form.Item>
                </Col>
                {kind === 'branch_hall' && (
                  <Col xs={24} md={12}>
                    <Form.Item name="branchHall" label={f('branchHall')} rules={[{ required: true }]}>
                      <Select options={BRANCH_HALLS.map((b) => ({ value: b, label: codeLabel(t, 'branchHall', b) }))} />
                    </Form.Item>
                  </Col>
                )}
                <Col xs={24} md={12}>
                  <Form.Item name="regionCode" label={f('regionCode')} rules={[{ required: true }]}>
                    <Select options={regionOptions} showSearch={{ optionFilterProp: 'label' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="parentCode" label={f('parentCode')}>
                    <Input maxLength={64} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="address" label={f('address')} rules={[{ required: true, whitespace: true, min: 4, max: 200 }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="addressEn" label={f('addressEn')} rules={[{ required: true, whitespace: true, min: 4, max: 300 }]}>
                    <Input maxLength={300} lang="en" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="lat" label={f('lat')} rules={[{ required: true, type: 'number', min: -90, max: 90 }]}>
                    <InputNumber min={-90} max={90} step={0.0001} precision={6} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="lng" label={f('lng')} rules={[{ required: true, type: 'number', min: -180, max: 180 }]}>
                    <InputNumber min={-180} max={180} step={0.0001} precision={6} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="phone" label={f('phone')} rules={[{ required: true, pattern: /^[0-9-]{5,20}$/, message: t('catalog.admin.rule.phone') }]}>
                    <Input maxLength={20} inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="active" label={f('active')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
              </Row>
            </Col>
            <Col xs={24} lg={10}>
              {typeof lat === 'number' && typeof lng === 'number' && (
                <PlaceMap points={[{ code: 'x', lat, lng }]} numbered={[{ code: 'x', lat, lng }]} label={t('catalog.admin.mapPreview')} />
              )}
              <p className="tb-map-note">{t('catalog.admin.mapPreviewNote')}</p>
            </Col>
          </Row>
        </section>

        <section className="tb-editor-card" aria-labelledby="place-hours">
          <Typography.Title level={2} id="place-hours" className="tb-editor-card-title">
            {t('catalog.places.hours')}
          </Typography.Title>
          <Form.List name={['hours', 'weekday']}>
            {(fields, { add, remove }) => (
              <div className="tb-nested-list">
                {fields.map((field, i) => (
                  <div key={field.key} className="tb-text-list-row">
                    <Form.Item name={[field.name, 'start']} label={t('catalog.admin.sessionStart', { n: i + 1 })} rules={timeRule}>
                      <Input maxLength={5} placeholder="09:00" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'end']} label={t('catalog.admin.sessionEnd', { n: i + 1 })} rules={timeRule}>
                      <Input maxLength={5} placeholder="17:30" />
                    </Form.Item>
                    <Button aria-label={t('catalog.admin.removeSession', { n: i + 1 })} icon={<DeleteOutlined aria-hidden="true" />} disabled={fields.length <= 1} onClick={() => remove(field.name)} className="tb-remove-button" />
                  </div>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ start: '', end: '' })} disabled={fields.length >= 6}>
                  {t('catalog.admin.addSession')}
                </Button>
              </div>
            )}
          </Form.List>
          <Row gutter={16} className="tb-top-gap">
            <Col xs={12} md={6}>
              <Form.Item name={['hours', 'lunchDuty']} label={f('lunchDuty')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['hours', 'selfService24h']} label={f('selfService24h')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['hours', 'holiday']} label={f('holiday')} rules={[{ required: true }]}>
                <Select
                  options={[
                    { value: 'closed', label: t('catalog.hours.holidayClosed') },
                    { value: 'appointment', label: t('catalog.hours.holidayAppointment') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <fieldset className="tb-fieldset">
            <legend>{f('extended')}</legend>
            <Form.Item name={['hours', 'hasExtended']} label={f('hasExtended')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.hours?.hasExtended !== b.hours?.hasExtended}>
              {({ getFieldValue }) =>
                getFieldValue(['hours', 'hasExtended']) && (
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item name={['hours', 'extended', 'days']} label={f('days')} rules={[atLeastOne]}>
                        <Checkbox.Group options={dayOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={['hours', 'extended', 'until']} label={f('until')} rules={timeRule}>
                        <Input maxLength={5} placeholder="19:00" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={['hours', 'extended', 'byAppointment']} label={f('byAppointment')} valuePropName="checked" initialValue={false}>
                        <Switch />
                      </Form.Item>
                    </Col>
                  </Row>
                )
              }
            </Form.Item>
          </fieldset>
          <fieldset className="tb-fieldset">
            <legend>{f('weekend')}</legend>
            <Form.Item name={['hours', 'hasWeekend']} label={f('hasWeekend')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.hours?.hasWeekend !== b.hours?.hasWeekend}>
              {({ getFieldValue }) =>
                getFieldValue(['hours', 'hasWeekend']) && (
                  <>
                    <Row gutter={12}>
                      <Col xs={24} md={12}>
                        <Form.Item name={['hours', 'weekend', 'days']} label={f('days')} rules={[atLeastOne]}>
                          <Checkbox.Group options={dayOptions} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={['hours', 'weekend', 'mode']} label={f('weekendMode')} rules={[{ required: true }]} initialValue="walk_in">
                          <Select
                            options={[
                              { value: 'walk_in', label: t('catalog.admin.walkIn') },
                              { value: 'appointment', label: t('catalog.admin.byAppointment') },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.List name={['hours', 'weekend', 'sessions']} initialValue={[{ start: '09:00', end: '12:00' }]}>
                      {(fields, { add, remove }) => (
                        <div className="tb-nested-list">
                          {fields.map((field, i) => (
                            <div key={field.key} className="tb-text-list-row">
                              <Form.Item name={[field.name, 'start']} label={t('catalog.admin.weekendStart', { n: i + 1 })} rules={timeRule}>
                                <Input maxLength={5} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'end']} label={t('catalog.admin.weekendEnd', { n: i + 1 })} rules={timeRule}>
                                <Input maxLength={5} />
                              </Form.Item>
                              <Button aria-label={t('catalog.admin.removeSession', { n: i + 1 })} icon={<DeleteOutlined aria-hidden="true" />} disabled={fields.length <= 1} onClick={() => remove(field.name)} className="tb-remove-button" />
                            </div>
                          ))}
                          <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ start: '', end: '' })}>
                            {t('catalog.admin.addSession')}
                          </Button>
                        </div>
                      )}
                    </Form.List>
                  </>
                )
              }
            </Form.Item>
          </fieldset>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['hours', 'noteZh']} label={f('noteZh')} rules={[{ max: 300 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['hours', 'noteEn']} label={f('noteEn')} rules={[{ max: 500 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} lang="en" />
              </Form.Item>
            </Col>
          </Row>
        </section>

        <section className="tb-editor-card" aria-labelledby="place-windows">
          <Typography.Title level={2} id="place-windows" className="tb-editor-card-title">
            {t('catalog.admin.windows')}
          </Typography.Title>
          <Form.List name="windows">
            {(fields, { add, remove }) => (
              <div className="tb-nested-list">
                {fields.map((field, i) => (
                  <div key={field.key} className="tb-window-row">
                    <Form.Item name={[field.name, 'code']} label={t('catalog.admin.windowCode', { n: i + 1 })} rules={[{ required: true, pattern: /^[0-9A-Za-z-]{1,10}$/ }]}>
                      <Input maxLength={10} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'nameZh']} label={t('catalog.admin.windowNameZh', { n: i + 1 })} rules={[{ required: true, whitespace: true, max: 60 }]} className="tb-grow">
                      <Input maxLength={60} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'nameEn']} label={t('catalog.admin.windowNameEn', { n: i + 1 })} rules={[{ required: true, whitespace: true, max: 120 }]} className="tb-grow">
                      <Input maxLength={120} lang="en" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} label={t('catalog.admin.windowKind', { n: i + 1 })} rules={[{ required: true }]}>
                      <Select options={WINDOW_KINDS.map((k) => ({ value: k, label: windowKindLabel(t, k) }))} style={{ minWidth: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'departmentCodes']} label={t('catalog.admin.windowDepartments', { n: i + 1 })} className="tb-grow">
                      <Select mode="multiple" allowClear maxTagCount="responsive" options={departmentOptions} showSearch={{ optionFilterProp: 'label' }} placeholder={t('catalog.admin.anyDepartment')} />
                    </Form.Item>
                    <Button aria-label={t('catalog.admin.removeWindow', { n: i + 1 })} icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)} className="tb-remove-button" />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ code: '', nameZh: '', nameEn: '', kind: 'comprehensive' })}>
                  {t('catalog.admin.addWindow')}
                </Button>
              </div>
            )}
          </Form.List>
        </section>
        <Space className="tb-bottom-gap">
          <Button type="primary" icon={<SaveOutlined aria-hidden="true" />} loading={busy === 'place'} onClick={() => void savePlace()}>
            {creating ? t('catalog.admin.createPlace') : t('catalog.admin.savePlace')}
          </Button>
          <Button onClick={onClose}>{t('catalog.admin.cancel')}</Button>
        </Space>
      </Form>

      {!creating && (
        <section className="tb-editor-card" aria-labelledby="place-items">
          <Typography.Title level={2} id="place-items" className="tb-editor-card-title">
            {t('catalog.admin.placeItems', { n: items.length })}
          </Typography.Title>
          <p className="tb-muted">{t('catalog.admin.placeItemsLead')}</p>
          <label htmlFor="place-items-add" className="tb-filter-label">
            {t('catalog.admin.placeItemsPick')}
          </label>
          <Select
            id="place-items-add"
            mode="multiple"
            value={items}
            onChange={setItems}
            options={itemOptions.options}
            loading={itemOptions.loading}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount={0}
            maxTagPlaceholder={(omitted) => t('catalog.admin.placeItems', { n: omitted.length })}
            style={{ width: '100%' }}
          />
          <Table<{ code: string; label: string }>
            className="tb-top-gap"
            size="small"
            rowKey="code"
            dataSource={items.map((code) => ({ code, label: itemOptions.options.find((o) => o.value === code)?.label ?? code }))}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: t('catalog.admin.col.name'), dataIndex: 'label' },
              {
                title: t('catalog.admin.col.actions'),
                key: 'remove',
                width: 100,
                render: (_v, r) => (
                  <Button size="small" danger aria-label={t('catalog.admin.removeItem', { name: r.label })} onClick={() => setItems((list) => list.filter((c) => c !== r.code))}>
                    {t('catalog.admin.remove')}
                  </Button>
                ),
              },
            ]}
          />
          <Button type="primary" className="tb-top-gap" icon={<SaveOutlined aria-hidden="true" />} loading={busy === 'items'} onClick={() => void saveItems()}>
            {t('catalog.admin.savePlaceItems')}
          </Button>
        </section>
      )}
    </div>
  );
}
