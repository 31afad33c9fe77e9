import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Radio, Select } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import type { PlanRow } from './dispatchPlan';
import { nameOf, type Reference } from './reference';

/**
 * Edits who a ticket goes to: one department, several with one lead (多部门联动), each optionally
 * down to a district (区县).
 */
export function DispatchPlanEditor({
  plan,
  onChange,
  reference,
  idPrefix,
}: {
  plan: PlanRow[];
  onChange: (plan: PlanRow[]) => void;
  reference: Reference | null;
  idPrefix: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const departmentOptions = useMemo(
    () => [...(reference?.departments.values() ?? [])].map((d) => ({ value: d.code, label: nameOf(d, lang) })),
    [reference, lang],
  );
  const regionOptions = useMemo(
    () => [...(reference?.regions.values() ?? [])].filter((r) => r.level !== 'city').map((r) => ({ value: r.code, label: nameOf(r, lang) })),
    [reference, lang],
  );

  const update = (index: number, patch: Partial<PlanRow>) => {
    onChange(
      plan.map((row, i) => {
        if (i === index) return { ...row, ...patch };
        // Choosing a new lead makes the others assist.
        return patch.role === 'lead' ? { ...row, role: 'assist' } : row;
      }),
    );
  };

  return (
    <div className="tb-hl-plan">
      <table className="tb-hl-plan-table">
        <thead>
          <tr>
            <th scope="col">{t('hotline.dispatch.department')}</th>
            <th scope="col">{t('hotline.dispatch.role')}</th>
            <th scope="col">{t('hotline.dispatch.region')}</th>
            <th scope="col">
              <span className="tb-visually-hidden">{t('hotline.dispatch.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.map((row, index) => (
            <tr key={index}>
              <td>
                <Select
                  id={`${idPrefix}-dept-${index}`}
                  aria-label={t('hotline.dispatch.departmentN', { n: index + 1 })}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={row.departmentCode}
                  options={departmentOptions}
                  onChange={(value: string) => update(index, { departmentCode: value })}
                  placeholder={t('hotline.dispatch.departmentPlaceholder')}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                />
              </td>
              <td>
                <Radio.Group
                  aria-label={t('hotline.dispatch.roleN', { n: index + 1 })}
                  value={row.role}
                  onChange={(event) => update(index, { role: event.target.value as PlanRow['role'] })}
                  optionType="button"
                  size="small"
                  options={[
                    { value: 'lead', label: t('hotline.role.lead') },
                    { value: 'assist', label: t('hotline.role.assist') },
                  ]}
                />
              </td>
              <td>
                <Select
                  aria-label={t('hotline.dispatch.regionN', { n: index + 1 })}
                  allowClear
                  value={row.regionCode}
                  options={regionOptions}
                  placeholder={t('hotline.dispatch.cityLevel')}
                  onChange={(value: string | undefined) => update(index, { regionCode: value ?? undefined })}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                />
              </td>
              <td>
                {plan.length > 1 && (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('hotline.dispatch.removeN', { n: index + 1 })}
                    onClick={() => {
                      const next = plan.filter((_, i) => i !== index);
                      if (!next.some((r) => r.role === 'lead') && next.length > 0) next[0] = { ...next[0], role: 'lead' };
                      onChange(next);
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.length < 8 && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...plan, { departmentCode: undefined, role: 'assist', regionCode: undefined }])}>
          {t('hotline.dispatch.add')}
        </Button>
      )}
    </div>
  );
}
