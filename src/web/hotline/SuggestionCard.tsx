import { BulbOutlined, LoadingOutlined } from '@ant-design/icons';
import { Progress, Tag } from 'antd';
import { useLang, useT } from '../i18n/I18nProvider';
import type { ApiError } from '../shared/api';
import { limitLabel } from './labels';
import { departmentName, nameOf, type Reference } from './reference';
import type { Classification } from '../../shared/hotline/hotline.wire';

export type ClassifyState =
  { status: 'idle' } | { status: 'loading'; previous: Classification | null } | { status: 'error'; error: ApiError } | { status: 'done'; data: Classification };

/** Flags the classify API adds: an unsure suggestion, and whether a model or keywords made it. */
type Flags = Partial<Pick<Classification, 'lowConfidence' | 'source'>>;

/**
 * The classifier's live suggestion while the agent types: best category with its confidence,
 * responsible department and limit, and the alternatives as one-click choices. An unsure
 * suggestion says so, so the agent chooses instead of accepting it.
 */
export function SuggestionCard({
  state,
  reference,
  chosen,
  onChoose,
}: {
  state: ClassifyState;
  reference: Reference | null;
  chosen?: string;
  onChoose: (code: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const data: (Classification & Flags) | null = state.status === 'done' ? state.data : state.status === 'loading' ? state.previous : null;
  // Alternatives under 1 % are noise to an agent on the phone.
  const alternatives = (data?.alternatives ?? []).filter((alt) => alt.confidence >= 0.01);

  return (
    <div className="tb-hl-suggestion" aria-live="polite" aria-busy={state.status === 'loading'}>
      <div className="tb-hl-suggestion-head">
        <BulbOutlined aria-hidden="true" /> <strong>{t('hotline.suggest.title')}</strong>
        {state.status === 'loading' && (
          <span className="tb-hl-muted">
            <LoadingOutlined aria-hidden="true" /> {t('hotline.suggest.loading')}
          </span>
        )}
      </div>
      {state.status === 'idle' && <p className="tb-hl-muted tb-hl-suggestion-hint">{t('hotline.suggest.idle')}</p>}
      {state.status === 'error' && <p className="tb-hl-error-text">{t('hotline.suggest.error', { message: state.error.message })}</p>}
      {data?.emergency && <p className="tb-hl-error-text">{t('hotline.suggest.emergency', { line: data.emergency })}</p>}
      {data && !data.emergency && (
        <>
          {data.source === 'keywords' ? (
            <p className="tb-hl-muted tb-hl-suggestion-hint">{t('hotline.suggest.keywords')}</p>
          ) : (
            data.lowConfidence && <p className="tb-hl-muted tb-hl-suggestion-hint">{t('hotline.suggest.unsure')}</p>
          )}
          <div className="tb-hl-suggestion-best">
            <button
              type="button"
              className={chosen === data.category ? 'tb-hl-choice tb-hl-choice-on' : 'tb-hl-choice'}
              aria-pressed={chosen === data.category}
              onClick={() => onChoose(data.category)}
            >
              <span className="tb-hl-choice-name">
                {nameOf(
                  reference?.categories.get(data.category) ?? { nameZh: data.categoryNameZh ?? data.category, nameEn: data.categoryNameEn ?? data.category },
                  lang,
                )}
              </span>
              <span className="tb-hl-choice-dept">{departmentName(reference, data.departmentCode, lang)}</span>
            </button>
            <div className="tb-hl-confidence">
              <span className="tb-hl-muted">{t('hotline.suggest.confidence')}</span>
              <Progress
                percent={Math.round(data.confidence * 100)}
                size="small"
                strokeColor={data.lowConfidence || data.confidence < 0.5 ? '#ad6800' : '#237804'}
                aria-label={t('hotline.suggest.confidence')}
              />
            </div>
            {reference?.categories.get(data.category) && (
              <span className="tb-hl-muted">{t('hotline.suggest.limit', { limit: limitLabel(t, reference.categories.get(data.category)?.limit) })}</span>
            )}
          </div>
          {alternatives.length > 0 && (
            <div className="tb-hl-alternatives">
              <span className="tb-hl-muted">{t('hotline.suggest.alternatives')}</span>
              {alternatives.map((alt) => (
                <Tag.CheckableTag key={alt.categoryCode} checked={chosen === alt.categoryCode} onChange={() => onChoose(alt.categoryCode)}>
                  {nameOf(alt, lang)} · {Math.round(alt.confidence * 100)}%
                </Tag.CheckableTag>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
