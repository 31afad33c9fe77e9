import { WarningOutlined } from '@ant-design/icons';
import { useLang, useT } from '../../i18n/I18nProvider';
import { materialCheckText } from '../../../shared/files/files.checks';
import type { MaterialCheck } from '../../../shared/files/files.schemas';

/** The advice 材料智审 kept with an uploaded file (docs/decisions.md D33), under the file's name. */
export function MaterialAdvice({ checks }: { checks: MaterialCheck[] }) {
  const t = useT();
  const { lang } = useLang();
  if (checks.length === 0) return null;
  return (
    <ul className="tb-material-advice" aria-label={t('cases.upload.adviceLabel')}>
      {checks.map((c) => (
        <li key={c.code}>
          <WarningOutlined aria-hidden="true" /> {materialCheckText(c, lang === 'zh-CN' ? 'zh' : 'en')}
        </li>
      ))}
    </ul>
  );
}
