import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import {
  AUDIENCES,
  BRANCH_HALLS,
  CASE_KINDS,
  FORM_FIELD_TYPES as FIELD_TYPES,
  HANDLING_MODES,
  ITEM_LEVELS,
  ITEM_TYPES,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  POWER_SOURCES,
  RESULT_TYPES,
  STEP_ROLES,
} from '../../../shared/catalog/catalog.enums';
import type { Department } from '../../../shared/org/org.wire';
import { codeLabel, modeLabel, topicLabel, TOPICS, typeLabel } from '../../portal/catalogText';
import type { EditorSection } from './definition';

const required = { required: true, whitespace: true } as const;

/** One titled part of the editor; its problems that have no field of their own show at the top. */
function EditorCard({ id, problems, children }: { id: EditorSection; problems: string[]; children: ReactNode }) {
  const t = useT();
  return (
    <section id={`editor-${id}`} aria-labelledby={`editor-${id}-title`} className="tb-editor-card">
      <Typography.Title level={2} id={`editor-${id}-title`} className="tb-editor-card-title">
        {t(`catalog.admin.section.${id}`)}
      </Typography.Title>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="tb-editor-card-alert"
          title={
            <ul className="tb-problem-list">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {children}
    </section>
  );
}

/** A list of plain texts (conditions, legal basis, special procedures) with add and remove. */
function TextList({ name, label, addLabel, long = false, max }: { name: string; label: string; addLabel: string; long?: boolean; max: number }) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div className="tb-text-list">
          {fields.map((field, i) => (
            <div key={field.key} className="tb-text-list-row">
              <Form.Item name={field.name} label={`${label} ${i + 1}`} rules={[required, { max }]} className="tb-grow">
                {long ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={max} /> : <Input maxLength={max} />}
              </Form.Item>
              <Button
                aria-label={t('catalog.admin.removeNamed', { name: `${label} ${i + 1}` })}
                icon={<DeleteOutlined aria-hidden="true" />}
                onClick={() => remove(field.name)}
                className="tb-remove-button"
              />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add('')}>
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/**
 * Every element of a service item (docs/domain.md §4) as form fields, in eight sections. The form
 * instance and its values belong to the editor; this only lays the fields out.
 */
export function ItemFormFields({
  creating,
  departments,
  problems,
}: {
  creating: boolean;
  departments: Department[];
  problems: Partial<Record<EditorSection, string[]>>;
}) {
  const t = useT();
  const { lang } = useLang();
  const f = (name: string) => t(`catalog.admin.f.${name}` as 'catalog.admin.f.name');
  const departmentOptions = departments.map((d) => ({ value: d.code, label: `${lang === 'en-US' ? d.nameEn : d.nameZh} · ${d.code}` }));
  const unitOptions = [
    { value: 'workday', label: t('catalog.admin.unit.workday') },
    { value: 'natural_day', label: t('catalog.admin.unit.natural_day') },
  ];
  const p = (s: EditorSection) => problems[s] ?? [];

  return (
    <>
      <EditorCard id="basics" problems={p('basics')}>
        <Row gutter={16}>
          {creating && (
            <Col xs={24} md={8}>
              <Form.Item
                name="code"
                label={f('basicCode')}
                rules={[{ required: true, pattern: /^[0-9]{12}$/, message: t('catalog.admin.rule.code') }]}
                extra={t('catalog.admin.hint.code')}
              >
                <Input maxLength={12} inputMode="numeric" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={creating ? 16 : 24}>
            <Form.Item
              name="implCode"
              label={f('implCode')}
              rules={[{ required: true, pattern: /^[0-9A-Z]{1,36}$/, message: t('catalog.admin.rule.implCode') }]}
              extra={t('catalog.admin.hint.implCode')}
            >
              <Input maxLength={36} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={f('itemName')} rules={[required, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={f('itemNameEn')} rules={[required, { max: 200 }]}>
              <Input maxLength={200} lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={f('type')} rules={[{ required: true }]}>
              <Select options={ITEM_TYPES.map((v) => ({ value: v, label: `${v} ${typeLabel(t, v)}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="departmentCode" label={f('departmentCode')} rules={[{ required: true }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label={f('level')} rules={[{ required: true }]}>
              <Select options={ITEM_LEVELS.map((v) => ({ value: v, label: codeLabel(t, 'level', v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="powerSource" label={f('powerSource')} rules={[{ required: true }]}>
              <Select options={POWER_SOURCES.map((v) => ({ value: v, label: codeLabel(t, 'powerSource', v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="audience"
              label={f('audience')}
              // A validator, not `required`: antd would put aria-required on the checkbox group's <div>.
              rules={[{ validator: (_, v?: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('catalog.admin.rule.audience')))) }]}
            >
              <Checkbox.Group options={AUDIENCES.map((v) => ({ value: v, label: codeLabel(t, 'audience', v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="topics" label={f('topics')}>
              <Select mode="multiple" maxCount={10} options={TOPICS.map((v) => ({ value: v, label: topicLabel(t, v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="keywords" label={f('keywords')} extra={t('catalog.admin.hint.keywords')}>
              <Select mode="tags" maxCount={30} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="resultName" label={f('resultName')} rules={[required, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="resultType" label={f('resultType')} rules={[{ required: true }]}>
              <Select options={RESULT_TYPES.map((v) => ({ value: v, label: codeLabel(t, 'resultType', v) }))} />
            </Form.Item>
          </Col>
        </Row>
      </EditorCard>

      <EditorCard id="conditions" problems={p('conditions')}>
        <TextList name="conditions" label={f('condition')} addLabel={t('catalog.admin.addCondition')} long max={500} />
        <Typography.Title level={3} className="tb-editor-subtitle">
          {f('legalBasis')}
        </Typography.Title>
        <TextList name="legalBasis" label={f('law')} addLabel={t('catalog.admin.addLaw')} max={300} />
      </EditorCard>

      <EditorCard id="limits" problems={p('limits')}>
        <Row gutter={16}>
          {(['statutoryLimit', 'promisedLimit'] as const).map((limit) => (
            <Col xs={24} md={12} key={limit}>
              <fieldset className="tb-fieldset">
                <legend>{f(limit)}</legend>
                <div className="tb-inline-fields">
                  <Form.Item name={[limit, 'value']} label={f('limitValue')} rules={[{ required: true, type: 'integer', min: 0, max: 3650 }]}>
                    <InputNumber min={0} max={3650} precision={0} />
                  </Form.Item>
                  <Form.Item name={[limit, 'unit']} label={f('limitUnit')} rules={[{ required: true }]}>
                    <Select options={unitOptions} style={{ minWidth: 120 }} />
                  </Form.Item>
                </div>
                <Form.Item name={[limit, 'note']} label={f('limitNote')} rules={[{ max: 500 }]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
                </Form.Item>
              </fieldset>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item name="caseKind" label={f('caseKind')} rules={[{ required: true }]}>
              <Radio.Group options={CASE_KINDS.map((v) => ({ value: v, label: codeLabel(t, 'caseKind', v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="deficiencyDays" label={f('deficiencyDays')} extra={t('catalog.admin.hint.deficiencyDays')}>
              <InputNumber min={1} max={60} precision={0} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="assessmentRatio" label={f('assessmentRatio')} extra={t('catalog.admin.hint.assessmentRatio')}>
              <InputNumber min={0.05} max={1} step={0.05} />
            </Form.Item>
          </Col>
        </Row>
      </EditorCard>

      <EditorCard id="service" problems={p('service')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="modes" label={f('modes')}>
              <Checkbox.Group options={HANDLING_MODES.map((v) => ({ value: v, label: modeLabel(t, v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="onlineDepth" label={f('onlineDepth')} rules={[{ required: true }]}>
              <Select options={[1, 2, 3, 4].map((v) => ({ value: v, label: codeLabel(t, 'onlineDepth', String(v)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="visits" label={f('visits')} rules={[{ required: true }]}>
              <Radio.Group options={[0, 1, 2].map((v) => ({ value: v, label: t('catalog.visits.count', { n: v }) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="branchHall" label={f('branchHall')}>
              <Select allowClear options={BRANCH_HALLS.map((v) => ({ value: v, label: codeLabel(t, 'branchHall', v) }))} />
            </Form.Item>
          </Col>
          {(['inHall', 'appointment', 'expressDelivery', 'onlinePayment', 'kiosk', 'cityWide'] as const).map((flag) => (
            <Col xs={12} md={8} key={flag}>
              <Form.Item name={flag} label={f(flag)} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item
              name="consultationPhone"
              label={f('consultationPhone')}
              rules={[{ required: true, pattern: /^[0-9-]{5,20}$/, message: t('catalog.admin.rule.phone') }]}
            >
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="complaintPhone" label={f('complaintPhone')} extra={t('catalog.admin.hint.complaintPhone')}>
              <Input readOnly />
            </Form.Item>
          </Col>
        </Row>
      </EditorCard>

      <EditorCard id="fees" problems={p('fees')}>
        <Form.Item name={['fee', 'charged']} label={f('feeCharged')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.fee?.charged !== b.fee?.charged}>
          {({ getFieldValue }) =>
            getFieldValue(['fee', 'charged']) ? (
              <Form.List name={['fee', 'items']}>
                {(fields, { add, remove }) => (
                  <div className="tb-nested-list">
                    {fields.map((field, i) => (
                      <fieldset key={field.key} className="tb-fieldset">
                        <legend>{t('catalog.admin.feeN', { n: i + 1 })}</legend>
                        <Row gutter={12}>
                          <Col xs={24} md={8}>
                            <Form.Item name={[field.name, 'name']} label={f('feeName')} rules={[required, { max: 100 }]}>
                              <Input maxLength={100} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item name={[field.name, 'standard']} label={f('feeStandard')} rules={[required, { max: 200 }]}>
                              <Input maxLength={200} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item name={[field.name, 'amountYuan']} label={f('feeAmount')} rules={[{ required: true, type: 'number', min: 0 }]}>
                              <InputNumber min={0} max={10_000_000} step={1} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item name={[field.name, 'basis']} label={f('feeBasis')} rules={[required, { max: 500 }]}>
                              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item name={[field.name, 'waiver']} label={f('feeWaiver')} rules={[{ max: 500 }]}>
                              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
                            </Form.Item>
                          </Col>
                        </Row>
                        <Button danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)}>
                          {t('catalog.admin.removeFee', { n: i + 1 })}
                        </Button>
                      </fieldset>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ name: '', standard: '', amountYuan: 0, basis: '' })}>
                      {t('catalog.admin.addFee')}
                    </Button>
                  </div>
                )}
              </Form.List>
            ) : (
              <p className="tb-muted">{t('catalog.admin.feeFree')}</p>
            )
          }
        </Form.Item>
      </EditorCard>

      <EditorCard id="materials" problems={p('materials')}>
        <Form.List name="materials">
          {(fields, { add, remove, move }) => (
            <div className="tb-nested-list">
              {fields.map((field, i) => (
                <fieldset key={field.key} className="tb-fieldset tb-material-fieldset">
                  <legend>{t('catalog.admin.materialN', { n: i + 1 })}</legend>
                  <Row gutter={12}>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'code']}
                        label={f('materialCode')}
                        rules={[{ required: true, pattern: /^[0-9A-Za-z_-]{1,40}$/, message: t('catalog.admin.rule.materialCode') }]}
                      >
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={9}>
                      <Form.Item name={[field.name, 'name']} label={f('materialName')} rules={[required, { max: 120 }]}>
                        <Input maxLength={120} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={9}>
                      <Form.Item name={[field.name, 'nameEn']} label={f('materialNameEn')} rules={[required, { max: 200 }]}>
                        <Input maxLength={200} lang="en" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'required']} label={f('materialRequired')} valuePropName="checked">
                        <Switch checkedChildren={t('catalog.material.required')} unCheckedChildren={t('catalog.material.optional')} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'primary']} label={f('materialPrimary')} valuePropName="checked">
                        <Switch checkedChildren={t('catalog.material.primary')} unCheckedChildren={t('catalog.material.secondary')} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'kind']} label={f('materialKind')} rules={[{ required: true }]}>
                        <Select options={MATERIAL_KINDS.map((v) => ({ value: v, label: codeLabel(t, 'materialKind', v) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[field.name, 'source']} label={f('materialSource')} rules={[{ required: true }]}>
                        <Select options={MATERIAL_SOURCES.map((v) => ({ value: v, label: codeLabel(t, 'materialSource', v) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={3}>
                      <Form.Item name={[field.name, 'copies']} label={f('materialCopies')} rules={[{ required: true, type: 'integer', min: 0, max: 99 }]}>
                        <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={2}>
                      <Form.Item name={[field.name, 'hasBlankForm']} label={f('materialBlank')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={2}>
                      <Form.Item name={[field.name, 'hasSample']} label={f('materialSample')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item name={[field.name, 'acceptanceStandard']} label={f('materialStandard')} rules={[required, { max: 500 }]}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <div className="tb-row-actions">
                    <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)}>
                      {t('catalog.admin.moveUp')}
                    </Button>
                    <Button size="small" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                      {t('catalog.admin.moveDown')}
                    </Button>
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)}>
                      {t('catalog.admin.removeMaterial', { n: i + 1 })}
                    </Button>
                  </div>
                </fieldset>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() =>
                  add({
                    code: '',
                    name: '',
                    nameEn: '',
                    required: true,
                    primary: true,
                    kind: 'original',
                    source: 'applicant',
                    copies: 1,
                    hasBlankForm: false,
                    hasSample: false,
                    acceptanceStandard: '',
                  })
                }
              >
                {t('catalog.admin.addMaterial')}
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item
          name="noMaterialsReason"
          label={f('noMaterialsReason')}
          extra={t('catalog.admin.hint.noMaterialsReason')}
          rules={[{ max: 300 }]}
          className="tb-top-gap"
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
        </Form.Item>
      </EditorCard>

      <EditorCard id="process" problems={p('process')}>
        <Form.List name="steps">
          {(fields, { add, remove, move }) => (
            <div className="tb-nested-list">
              {fields.map((field, i) => (
                <div key={field.key} className="tb-step-row">
                  <span className="tb-step-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <Form.Item name={[field.name, 'name']} label={t('catalog.admin.stepName', { n: i + 1 })} rules={[required, { max: 60 }]} className="tb-grow">
                    <Input maxLength={60} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'nameEn']}
                    label={t('catalog.admin.stepNameEn', { n: i + 1 })}
                    rules={[required, { max: 120 }]}
                    className="tb-grow"
                  >
                    <Input maxLength={120} lang="en" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('catalog.admin.stepRole', { n: i + 1 })} rules={[{ required: true }]}>
                    <Select options={STEP_ROLES.map((v) => ({ value: v, label: codeLabel(t, 'stepRole', v) }))} style={{ minWidth: 120 }} />
                  </Form.Item>
                  <div className="tb-step-actions">
                    <Button size="small" aria-label={t('catalog.admin.moveUpNamed', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                      ↑
                    </Button>
                    <Button
                      size="small"
                      aria-label={t('catalog.admin.moveDownNamed', { n: i + 1 })}
                      disabled={i === fields.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      danger
                      aria-label={t('catalog.admin.removeStep', { n: i + 1 })}
                      icon={<DeleteOutlined aria-hidden="true" />}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </div>
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ name: '', nameEn: '', role: 'review' })}>
                {t('catalog.admin.addStep')}
              </Button>
            </div>
          )}
        </Form.List>
        <Typography.Title level={3} className="tb-editor-subtitle">
          {f('specialProcedures')}
        </Typography.Title>
        <TextList name="specialProcedures" label={f('specialProcedure')} addLabel={t('catalog.admin.addSpecial')} max={200} />
        <Form.Item name="jointDepartments" label={f('jointDepartments')} className="tb-top-gap">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} />
        </Form.Item>
      </EditorCard>

      <EditorCard id="form" problems={p('form')}>
        <p className="tb-muted">{t('catalog.admin.formLead')}</p>
        <Form.List name="formFields">
          {(fields, { add, remove }) => (
            <div className="tb-nested-list">
              {fields.map((field, i) => (
                <fieldset key={field.key} className="tb-fieldset">
                  <legend>{t('catalog.admin.fieldN', { n: i + 1 })}</legend>
                  <Row gutter={12}>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'key']}
                        label={f('fieldKey')}
                        rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9_]{0,39}$/, message: t('catalog.admin.rule.fieldKey') }]}
                      >
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'labelZh']} label={f('fieldLabelZh')} rules={[required, { max: 60 }]}>
                        <Input maxLength={60} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'labelEn']} label={f('fieldLabelEn')} rules={[required, { max: 120 }]}>
                        <Input maxLength={120} lang="en" />
                      </Form.Item>
                    </Col>
                    <Col xs={16} md={4}>
                      <Form.Item name={[field.name, 'type']} label={f('fieldType')} rules={[{ required: true }]}>
                        <Select options={FIELD_TYPES.map((v) => ({ value: v, label: codeLabel(t, 'admin.fieldType', v) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={2}>
                      <Form.Item name={[field.name, 'required']} label={f('fieldRequired')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item noStyle shouldUpdate={(a, b) => a.formFields?.[field.name]?.type !== b.formFields?.[field.name]?.type}>
                    {({ getFieldValue }) =>
                      getFieldValue(['formFields', field.name, 'type']) === 'select' && (
                        <Form.List name={[field.name, 'options']}>
                          {(options, ops) => (
                            <div className="tb-options">
                              {options.map((option, j) => (
                                <div key={option.key} className="tb-text-list-row">
                                  <Form.Item name={[option.name, 'value']} label={t('catalog.admin.optionValue', { n: j + 1 })} rules={[required]}>
                                    <Input maxLength={60} />
                                  </Form.Item>
                                  <Form.Item
                                    name={[option.name, 'labelZh']}
                                    label={t('catalog.admin.optionZh', { n: j + 1 })}
                                    rules={[required]}
                                    className="tb-grow"
                                  >
                                    <Input maxLength={60} />
                                  </Form.Item>
                                  <Form.Item
                                    name={[option.name, 'labelEn']}
                                    label={t('catalog.admin.optionEn', { n: j + 1 })}
                                    rules={[required]}
                                    className="tb-grow"
                                  >
                                    <Input maxLength={120} lang="en" />
                                  </Form.Item>
                                  <Button
                                    aria-label={t('catalog.admin.removeOption', { n: j + 1 })}
                                    icon={<DeleteOutlined aria-hidden="true" />}
                                    onClick={() => ops.remove(option.name)}
                                    className="tb-remove-button"
                                  />
                                </div>
                              ))}
                              <Button
                                size="small"
                                type="dashed"
                                icon={<PlusOutlined aria-hidden="true" />}
                                onClick={() => ops.add({ value: '', labelZh: '', labelEn: '' })}
                              >
                                {t('catalog.admin.addOption')}
                              </Button>
                            </div>
                          )}
                        </Form.List>
                      )
                    }
                  </Form.Item>
                  <Button size="small" danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)} className="tb-top-gap">
                    {t('catalog.admin.removeField', { n: i + 1 })}
                  </Button>
                </fieldset>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => add({ key: '', labelZh: '', labelEn: '', type: 'text', required: false })}
              >
                {t('catalog.admin.addField')}
              </Button>
            </div>
          )}
        </Form.List>
      </EditorCard>
    </>
  );
}
