import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch, Table, Typography } from 'antd';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { BRANCH_HALLS } from '../../../shared/catalog/catalog.enums';
import { PLACE_KINDS, WEEKDAYS, WINDOW_KINDS } from '../../../shared/places/places.enums';
import { codeLabel, windowKindLabel } from '../../portal/catalogText';
import { PlaceMap } from '../../portal/PlaceMap';
import { HHMM } from './placeForm';
import type { Option, PlaceForm } from './usePlaceForm';

/** The sections of the place editor: basics, opening hours, windows (inside the form) and items (saved apart). */

/** A field's label (`catalog.admin.p.<key>`). */
function fieldLabel(t: Translate, key: string): string {
  return t(`catalog.admin.p.${key}` as 'catalog.admin.p.name');
}

export function PlaceBasicsSection({ creating, watched, regionOptions }: { creating: boolean; watched: PlaceForm['watched']; regionOptions: Option[] }) {
  const t = useT();
  const f = (key: string) => fieldLabel(t, key);
  const { lat, lng, kind } = watched;
  return (
    <section className="tb-editor-card" aria-labelledby="place-basics">
      <Typography.Title level={2} id="place-basics" className="tb-editor-card-title">
        {t('catalog.admin.placeBasics')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Row gutter={12}>
            {creating && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="code"
                  label={f('code')}
                  rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, message: t('catalog.admin.rule.placeCode') }]}
                >
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
  );
}

export function PlaceHoursSection() {
  const t = useT();
  const f = (key: string) => fieldLabel(t, key);
  const dayOptions = WEEKDAYS.map((d) => ({ value: d, label: codeLabel(t, 'weekday', d) }));
  const timeRule = [{ required: true, pattern: HHMM, message: t('catalog.admin.rule.time') }];
  // A validator, not `required`: antd would put aria-required on the checkbox group's <div>.
  const atLeastOne = { validator: (_: unknown, v?: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('catalog.admin.rule.days')))) };
  return (
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
                <Button
                  aria-label={t('catalog.admin.removeSession', { n: i + 1 })}
                  icon={<DeleteOutlined aria-hidden="true" />}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                  className="tb-remove-button"
                />
              </div>
            ))}
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add({ start: '', end: '' })}
              disabled={fields.length >= 6}
            >
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
                          <Button
                            aria-label={t('catalog.admin.removeSession', { n: i + 1 })}
                            icon={<DeleteOutlined aria-hidden="true" />}
                            disabled={fields.length <= 1}
                            onClick={() => remove(field.name)}
                            className="tb-remove-button"
                          />
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
  );
}

export function PlaceWindowsSection({ departmentOptions }: { departmentOptions: Option[] }) {
  const t = useT();
  return (
    <section className="tb-editor-card" aria-labelledby="place-windows">
      <Typography.Title level={2} id="place-windows" className="tb-editor-card-title">
        {t('catalog.admin.windows')}
      </Typography.Title>
      <Form.List name="windows">
        {(fields, { add, remove }) => (
          <div className="tb-nested-list">
            {fields.map((field, i) => (
              <div key={field.key} className="tb-window-row">
                <Form.Item
                  name={[field.name, 'code']}
                  label={t('catalog.admin.windowCode', { n: i + 1 })}
                  rules={[{ required: true, pattern: /^[0-9A-Za-z-]{1,10}$/ }]}
                >
                  <Input maxLength={10} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'nameZh']}
                  label={t('catalog.admin.windowNameZh', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, max: 60 }]}
                  className="tb-grow"
                >
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'nameEn']}
                  label={t('catalog.admin.windowNameEn', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, max: 120 }]}
                  className="tb-grow"
                >
                  <Input maxLength={120} lang="en" />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t('catalog.admin.windowKind', { n: i + 1 })} rules={[{ required: true }]}>
                  <Select options={WINDOW_KINDS.map((k) => ({ value: k, label: windowKindLabel(t, k) }))} style={{ minWidth: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'departmentCodes']} label={t('catalog.admin.windowDepartments', { n: i + 1 })} className="tb-grow">
                  <Select
                    mode="multiple"
                    allowClear
                    maxTagCount="responsive"
                    options={departmentOptions}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('catalog.admin.anyDepartment')}
                  />
                </Form.Item>
                <Button
                  aria-label={t('catalog.admin.removeWindow', { n: i + 1 })}
                  icon={<DeleteOutlined aria-hidden="true" />}
                  onClick={() => remove(field.name)}
                  className="tb-remove-button"
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ code: '', nameZh: '', nameEn: '', kind: 'comprehensive' })}>
              {t('catalog.admin.addWindow')}
            </Button>
          </div>
        )}
      </Form.List>
    </section>
  );
}

/** The items the place handles: chosen from every published item, saved on their own. */
export function PlaceItemsSection({
  items,
  setItems,
  itemOptions,
  saving,
  onSave,
}: {
  items: string[];
  setItems: (next: string[] | ((list: string[]) => string[])) => void;
  itemOptions: { options: Option[]; loading: boolean };
  saving: boolean;
  onSave: () => void;
}) {
  const t = useT();
  return (
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
              <Button
                size="small"
                danger
                aria-label={t('catalog.admin.removeItem', { name: r.label })}
                onClick={() => setItems((list) => list.filter((c) => c !== r.code))}
              >
                {t('catalog.admin.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Button type="primary" className="tb-top-gap" icon={<SaveOutlined aria-hidden="true" />} loading={saving} onClick={onSave}>
        {t('catalog.admin.savePlaceItems')}
      </Button>
    </section>
  );
}
