import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { api } from '../../shared/api';
import { BUNDLE_CONDITION_OPS, BUNDLE_QUESTION_KINDS } from '../../../shared/bundles/bundles.enums';
import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import type { AdminItemRow } from '../catalog/definition';

/**
 * The sections of the "一件事" definition editor (docs/decisions.md D24): questions, members with
 * their stage and conditions, field aliases and milestones, each a list the admin adds to and
 * removes from. The server checks the whole; these rules only catch what a form can see.
 */

const KEY_RULE = { pattern: /^[A-Za-z][A-Za-z0-9_]{0,59}$/ };

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <Button type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={label} onClick={onClick} />;
}

/** One entry of a list (a question, a member, a milestone): numbered, with its remove button. */
function EntryCard({ title, onRemove, children }: { title: string; onRemove: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <Card size="small" title={title} extra={<RemoveButton label={t('bundles.admin.removeOf', { what: title })} onClick={onRemove} />}>
      {children}
    </Card>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="dashed" block icon={<PlusOutlined aria-hidden="true" />} onClick={onClick}>
      {label}
    </Button>
  );
}

export function QuestionsSection() {
  const t = useT();
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name="questions">
      {(fields, { add, remove }) => (
        <div className="tb-bundles-admin-list">
          {fields.map((field, i) => (
            <EntryCard key={field.key} title={t('bundles.admin.list.question', { n: i + 1 })} onRemove={() => remove(field.name)}>
              <div className="tb-bundles-admin-row">
                <Form.Item name={[field.name, 'key']} label={t('bundles.admin.f.key')} rules={[required, { ...KEY_RULE, message: t('bundles.admin.keyRule') }]}>
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t('bundles.admin.f.kind')} rules={[required]}>
                  <Select options={BUNDLE_QUESTION_KINDS.map((k) => ({ value: k, label: t(`bundles.admin.kind.${k}`) }))} />
                </Form.Item>
              </div>
              <Form.Item name={[field.name, 'textZh']} label={t('bundles.admin.f.textZh')} rules={[required]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'textEn']} label={t('bundles.admin.f.textEn')} rules={[required]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const kind = getFieldValue(['questions', field.name, 'kind']);
                  if (kind === 'number')
                    return (
                      <div className="tb-bundles-admin-row">
                        <Form.Item name={[field.name, 'unitZh']} label={t('bundles.admin.f.unitZh')}>
                          <Input maxLength={10} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'unitEn']} label={t('bundles.admin.f.unitEn')}>
                          <Input maxLength={10} />
                        </Form.Item>
                      </div>
                    );
                  if (kind === 'choice') return <OptionsList question={field.name} />;
                  return null;
                }}
              </Form.Item>
            </EntryCard>
          ))}
          <AddButton label={t('bundles.admin.addQuestion')} onClick={() => add({ kind: 'yes_no' })} />
        </div>
      )}
    </Form.List>
  );
}

function OptionsList({ question }: { question: number }) {
  const t = useT();
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name={[question, 'options']}>
      {(fields, { add, remove }) => (
        <fieldset className="tb-bundles-admin-fieldset">
          <legend>{t('bundles.admin.list.options')}</legend>
          {fields.map((field, i) => (
            <div key={field.key} className="tb-bundles-admin-row">
              <Form.Item name={[field.name, 'value']} label={t('bundles.admin.f.value')} rules={[required]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name={[field.name, 'labelZh']} label={t('bundles.admin.f.labelZh')} rules={[required]}>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name={[field.name, 'labelEn']} label={t('bundles.admin.f.labelEn')} rules={[required]}>
                <Input maxLength={60} />
              </Form.Item>
              <RemoveButton label={t('bundles.admin.removeOf', { what: t('bundles.admin.list.option', { n: i + 1 }) })} onClick={() => remove(field.name)} />
            </div>
          ))}
          <AddButton label={t('bundles.admin.addOption')} onClick={() => add({})} />
        </fieldset>
      )}
    </Form.List>
  );
}

/** A published item, found by name or code; the ones the bundle has are named from the start. */
function ItemSelect({ known, value, onChange, id }: { known: ReadonlyMap<string, string>; value?: string; onChange?: (v: string) => void; id?: string }) {
  const t = useT();
  const [found, setFound] = useState<AdminItemRow[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (q: string) => {
    clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(() => {
      api.get<{ items: AdminItemRow[] }>('/api/v1/admin/items', { query: { q: q.trim(), status: 'published', pageSize: 20 } }).then(
        (r) => setFound(r.items),
        () => setFound([]),
      );
    }, 300);
  };
  const options = new Map(known);
  for (const item of found) options.set(item.code, item.name);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={onChange}
      placeholder={t('bundles.admin.itemPlaceholder')}
      notFoundContent={t('bundles.admin.itemNotFound')}
      options={[...options].map(([code, name]) => ({ value: code, label: `${name}（${code}）` }))}
    />
  );
}

export function MembersSection({ known }: { known: ReadonlyMap<string, string> }) {
  const t = useT();
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <div className="tb-bundles-admin-list">
          {fields.map((field, i) => (
            <EntryCard key={field.key} title={t('bundles.admin.list.member', { n: i + 1 })} onRemove={() => remove(field.name)}>
              <div className="tb-bundles-admin-row">
                <Form.Item name={[field.name, 'itemCode']} label={t('bundles.admin.f.item')} rules={[required]} className="tb-bundles-admin-wide">
                  <ItemSelect known={known} />
                </Form.Item>
                <Form.Item name={[field.name, 'stage']} label={t('bundles.admin.f.stage')} rules={[required]} tooltip={t('bundles.admin.stageHint')}>
                  <InputNumber min={1} max={5} precision={0} />
                </Form.Item>
              </div>
              <div className="tb-bundles-admin-row">
                <Form.Item name={[field.name, 'reasonZh']} label={t('bundles.admin.f.reasonZh')}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[field.name, 'reasonEn']} label={t('bundles.admin.f.reasonEn')}>
                  <Input maxLength={200} />
                </Form.Item>
              </div>
              <ConditionsList member={field.name} />
            </EntryCard>
          ))}
          <AddButton label={t('bundles.admin.addMember')} onClick={() => add({ stage: 1 })} />
        </div>
      )}
    </Form.List>
  );
}

/** When a member applies: every condition on an answer must hold; none means always. */
function ConditionsList({ member }: { member: number }) {
  const t = useT();
  const form = Form.useFormInstance<BundleDefinition>();
  const questions = Form.useWatch('questions', form) ?? [];
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name={[member, 'when']}>
      {(fields, { add, remove }) => (
        <fieldset className="tb-bundles-admin-fieldset">
          <legend>{t('bundles.admin.list.conditions')}</legend>
          {fields.length === 0 && <p className="tb-hint">{t('bundles.admin.always')}</p>}
          {fields.map((field, i) => (
            <div key={field.key} className="tb-bundles-admin-row">
              <Form.Item name={[field.name, 'question']} label={t('bundles.admin.f.question')} rules={[required]}>
                <Select options={questions.filter((q) => q?.key).map((q) => ({ value: q.key, label: q.textZh || q.key }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'op']} label={t('bundles.admin.f.op')} rules={[required]}>
                <Select options={BUNDLE_CONDITION_OPS.map((op) => ({ value: op, label: t(`bundles.admin.op.${op}`) }))} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const key = getFieldValue(['members', member, 'when', field.name, 'question']);
                  const q = questions.find((x) => x?.key === key);
                  const label = t('bundles.admin.f.conditionValue');
                  if (q?.kind === 'yes_no')
                    return (
                      <Form.Item name={[field.name, 'value']} label={label} rules={[required]}>
                        <Radio.Group
                          options={[
                            { value: true, label: t('bundles.yes') },
                            { value: false, label: t('bundles.no') },
                          ]}
                        />
                      </Form.Item>
                    );
                  if (q?.kind === 'number')
                    return (
                      <Form.Item name={[field.name, 'value']} label={label} rules={[required]}>
                        <InputNumber min={0} />
                      </Form.Item>
                    );
                  return (
                    <Form.Item name={[field.name, 'value']} label={label} rules={[required]}>
                      <Select options={(q?.options ?? []).filter((o) => o?.value).map((o) => ({ value: o.value, label: o.labelZh || o.value }))} />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <RemoveButton label={t('bundles.admin.removeOf', { what: t('bundles.admin.list.condition', { n: i + 1 }) })} onClick={() => remove(field.name)} />
            </div>
          ))}
          <AddButton label={t('bundles.admin.addCondition')} onClick={() => add({ op: 'eq' })} />
        </fieldset>
      )}
    </Form.List>
  );
}

/** The members' item codes, named, for the alias and milestone pickers. */
function useMemberOptions(known: ReadonlyMap<string, string>) {
  const form = Form.useFormInstance<BundleDefinition>();
  const members = Form.useWatch('members', form) ?? [];
  return members.filter((m) => m?.itemCode).map((m) => ({ value: m.itemCode, label: known.get(m.itemCode) ?? m.itemCode }));
}

export function AliasesSection({ known }: { known: ReadonlyMap<string, string> }) {
  const t = useT();
  const members = useMemberOptions(known);
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name="aliases">
      {(fields, { add, remove }) => (
        <div className="tb-bundles-admin-list">
          <p className="tb-hint">{t('bundles.admin.aliasHint')}</p>
          {fields.map((field, i) => (
            <div key={field.key} className="tb-bundles-admin-row">
              <Form.Item
                name={[field.name, 'key']}
                label={t('bundles.admin.f.mergedKey')}
                rules={[required, { ...KEY_RULE, message: t('bundles.admin.keyRule') }]}
              >
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name={[field.name, 'itemCode']} label={t('bundles.admin.f.item')} rules={[required]} className="tb-bundles-admin-wide">
                <Select options={members} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'field']}
                label={t('bundles.admin.f.field')}
                rules={[required, { ...KEY_RULE, message: t('bundles.admin.keyRule') }]}
              >
                <Input maxLength={60} />
              </Form.Item>
              <RemoveButton label={t('bundles.admin.removeOf', { what: t('bundles.admin.list.alias', { n: i + 1 }) })} onClick={() => remove(field.name)} />
            </div>
          ))}
          <AddButton label={t('bundles.admin.addAlias')} onClick={() => add({})} />
        </div>
      )}
    </Form.List>
  );
}

export function MilestonesSection({ known }: { known: ReadonlyMap<string, string> }) {
  const t = useT();
  const members = useMemberOptions(known);
  const required = { required: true, message: t('bundles.admin.required') };
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <div className="tb-bundles-admin-list">
          {fields.map((field, i) => (
            <EntryCard key={field.key} title={t('bundles.admin.list.milestone', { n: i + 1 })} onRemove={() => remove(field.name)}>
              <div className="tb-bundles-admin-row">
                <Form.Item name={[field.name, 'key']} label={t('bundles.admin.f.key')} rules={[required, { ...KEY_RULE, message: t('bundles.admin.keyRule') }]}>
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item name={[field.name, 'labelZh']} label={t('bundles.admin.f.labelZh')} rules={[required]}>
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item name={[field.name, 'labelEn']} label={t('bundles.admin.f.labelEn')} rules={[required]}>
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item name={[field.name, 'workdays']} label={t('bundles.admin.f.workdays')} rules={[required]}>
                  <InputNumber min={0} max={60} precision={0} />
                </Form.Item>
              </div>
              <Form.Item name={[field.name, 'itemCodes']} label={t('bundles.admin.f.milestoneItems')} rules={[required]}>
                <Select mode="multiple" options={members} />
              </Form.Item>
            </EntryCard>
          ))}
          <AddButton label={t('bundles.admin.addMilestone')} onClick={() => add({ itemCodes: [] })} />
        </div>
      )}
    </Form.List>
  );
}
