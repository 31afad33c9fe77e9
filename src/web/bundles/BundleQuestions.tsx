import { Form, InputNumber, Radio, Select } from 'antd';
import { useLang, useT } from '../i18n/I18nProvider';
import { localName } from '../cases/shared/format';
import type { BundleQuestion } from '../../shared/bundles/bundles.wire';

/** The bundle's questions ("需要刻章吗？", "经营场所面积超过 300 ㎡吗？"): yes/no, a number or a choice, each required. */
export function BundleQuestions({ questions }: { questions: readonly BundleQuestion[] }) {
  const t = useT();
  const { lang } = useLang();
  if (questions.length === 0) return <p className="tb-hint">{t('bundles.questions.none')}</p>;
  return (
    <>
      {questions.map((q) => {
        const label = localName(lang, q.text, q.textEn);
        const required = { required: true, message: t('bundles.questions.required', { question: label }) };
        switch (q.kind) {
          case 'yes_no':
            return (
              <Form.Item key={q.key} name={q.key} label={label} rules={[required]}>
                <Radio.Group
                  options={[
                    { value: true, label: t('bundles.yes') },
                    { value: false, label: t('bundles.no') },
                  ]}
                />
              </Form.Item>
            );
          case 'number': {
            const unit = lang === 'en-US' ? q.unitEn : q.unitZh;
            return (
              <Form.Item key={q.key} name={q.key} label={label} rules={[required]}>
                <InputNumber min={0} className="tb-bundle-number" suffix={unit} />
              </Form.Item>
            );
          }
          case 'choice':
            return (q.options ?? []).length <= 4 ? (
              <Form.Item key={q.key} name={q.key} label={label} rules={[required]}>
                <Radio.Group options={(q.options ?? []).map((o) => ({ value: o.value, label: localName(lang, o.labelZh, o.labelEn) }))} />
              </Form.Item>
            ) : (
              <Form.Item key={q.key} name={q.key} label={label} rules={[required]}>
                <Select options={(q.options ?? []).map((o) => ({ value: o.value, label: localName(lang, o.labelZh, o.labelEn) }))} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
