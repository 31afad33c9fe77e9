import { LinkOutlined } from '@ant-design/icons';
import { useLang, useT } from '../i18n/I18nProvider';
import { localName } from '../cases/shared/format';
import { MaterialUploader, type Uploads } from '../cases/shared/MaterialUploader';
import { FreeTag } from '../cases/shared/MaterialTags';
import type { BundlePlan } from '../../shared/bundles/bundles.wire';
import { uploadMaterials } from './bundleForm';

/**
 * The merged material list: each material uploaded once, whatever number of members need it (one
 * an e-licence or shared data may stand in for is optional); the ones an earlier member produces
 * (the business licence from company registration) listed as 免提交.
 */
export function BundleMaterials({ plan, value, onChange }: { plan: BundlePlan; value: Uploads; onChange: (next: Uploads) => void }) {
  const t = useT();
  const { lang } = useLang();
  const names = new Map(plan.items.map((i) => [i.itemCode, localName(lang, i.name, i.nameEn)]));
  const usedBy = (items: ReadonlyArray<{ itemCode: string }>) =>
    t('bundles.materials.usedBy', { items: [...new Set(items.map((i) => names.get(i.itemCode) ?? i.itemCode))].join('、') });
  const free = plan.materials.filter((m) => m.provision === 'in_bundle');
  const uploads = uploadMaterials(plan);
  return (
    <div>
      {uploads.length === 0 ? (
        <p className="tb-hint">{t('bundles.materials.noUploads')}</p>
      ) : (
        <MaterialUploader
          slots={uploads.map((m) => ({
            code: m.key,
            name: m.name,
            required: m.required && m.provision === 'upload',
            primary: m.required && m.provision === 'upload',
            note: m.provision === 'shared' ? `${t('bundles.materials.sharedMaybe')} ${usedBy(m.items)}` : usedBy(m.items),
          }))}
          value={value}
          onChange={onChange}
        />
      )}
      {free.length > 0 && (
        <>
          <h3 className="tb-subheading">{t('bundles.materials.freeTitle', { n: free.length })}</h3>
          <ul className="tb-material-list">
            {free.map((m) => (
              <li key={m.key} className="tb-material-row" data-material={m.key}>
                <div className="tb-material-head">
                  <span className="tb-material-name">{m.name}</span>
                  <FreeTag />
                  <span className="tb-material-state tb-material-state--ok">{t('cases.mianti.noUpload')}</span>
                </div>
                <div className="tb-material-note">
                  <LinkOutlined aria-hidden="true" />{' '}
                  {t('bundles.materials.inBundle', { item: m.producedBy ? localName(lang, m.producedBy.name, m.producedBy.nameEn) : '—' })}
                </div>
                <div className="tb-material-note tb-hint">{usedBy(m.items)}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
