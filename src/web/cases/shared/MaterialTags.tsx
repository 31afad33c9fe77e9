import { useT } from '../../i18n/I18nProvider';

/** 必要/非必要 and 主件/辅件 as words (容缺 may leave out only required 辅件). */
export function MaterialTags({ required, primary }: { required: boolean; primary: boolean }) {
  const t = useT();
  return (
    <span className="tb-material-tags">
      <span className={`tb-mtag ${required ? 'tb-mtag--required' : ''}`}>{required ? t('cases.material.required') : t('cases.material.optional')}</span>
      <span className={`tb-mtag ${primary ? 'tb-mtag--primary' : ''}`}>{primary ? t('cases.material.primary') : t('cases.material.secondary')}</span>
    </span>
  );
}

/** 免提交: the material is not asked of the applicant (an e-licence or data shared between departments stands in, docs/decisions.md D21). */
export function FreeTag() {
  const t = useT();
  return <span className="tb-mtag tb-mtag--free">{t('cases.mianti.tag')}</span>;
}
