import { CheckCircleOutlined } from '@ant-design/icons';
import { Col, Form, Input, Radio, Row, type FormInstance } from 'antd';
import { useLang, useT } from '../../i18n/I18nProvider';
import { describeResidentId, mobileProblem, usccProblem } from '../shared/validation';

export interface WalkInValues {
  idType: 'resident_id' | 'uscc';
  idNumber?: string;
  name?: string;
  mobile?: string;
}

/** The walk-in applicant's ID as the API takes it once it checks out, else null. */
export function checkedId(values: { idType?: 'resident_id' | 'uscc'; idNumber?: string }, lang: 'zh-CN' | 'en-US'): string | null {
  const id = (values.idNumber ?? '').trim().toUpperCase();
  if (id.length !== 18) return null;
  return (values.idType === 'uscc' ? usccProblem(id, lang) === null : describeResidentId(id, lang).ok) ? id : null;
}

/**
 * The walk-in applicant a window clerk registers an application for (前台综合受理: one item or a
 * "一件事"): ID type, the number checked by its checksum, name and mobile.
 */
export function WalkInApplicant({ form, name }: { form: FormInstance<WalkInValues>; name?: string }) {
  const t = useT();
  const { lang } = useLang();
  const idType = Form.useWatch('idType', form) ?? 'resident_id';
  const idNumber = Form.useWatch('idNumber', form) ?? '';
  const idFacts = idType === 'resident_id' && idNumber.trim().length === 18 ? describeResidentId(idNumber, lang) : null;
  return (
    <Form form={form} layout="vertical" initialValues={{ idType: 'resident_id' }} name={name}>
      <Form.Item name="idType" label={t('cases.intake.idType')}>
        <Radio.Group
          options={[
            { value: 'resident_id', label: t('cases.idType.resident_id') },
            { value: 'uscc', label: t('cases.idType.uscc') },
          ]}
          onChange={() => form.setFields([{ name: 'idNumber', errors: [] }])}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="idNumber"
            label={t(`cases.idType.${idType}`)}
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t('cases.intake.idRequired') },
              {
                validator: async (_r, v: string) => {
                  if (!v) return;
                  const problem =
                    idType === 'uscc'
                      ? usccProblem(v, lang)
                      : (() => {
                          const r = describeResidentId(v, lang);
                          return r.ok ? null : r.message;
                        })();
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" className="tb-mono" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="name"
            label={idType === 'uscc' ? t('cases.intake.entityName') : t('cases.intake.personName')}
            rules={[{ required: true, whitespace: true, message: t('cases.intake.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="mobile"
            label={t('cases.detail.mobile')}
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t('cases.intake.mobileRequired') },
              {
                validator: async (_r, v: string) => {
                  const p = v ? mobileProblem(v, lang) : null;
                  if (p) throw new Error(p);
                },
              },
            ]}
          >
            <Input maxLength={11} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
      {idFacts?.ok && (
        <p className="tb-id-facts" role="status">
          <CheckCircleOutlined aria-hidden="true" />{' '}
          {t('cases.intake.idChecked', { birth: idFacts.birthDate, sex: t(`cases.intake.sex.${idFacts.sex}`), region: idFacts.regionCode })}
        </p>
      )}
    </Form>
  );
}
