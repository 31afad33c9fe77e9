import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Skeleton, Typography } from 'antd';
import type { ComponentProps } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { getCase, getItemGuide } from '../shared/casesApi';
import { localName } from '../shared/format';
import { ApplyWizard } from './apply/ApplyWizard';
import type { StepKey } from './apply/applySteps';
import type { CaseDetail } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';

/** Form fields the server fills from the signed-in applicant's verified identity when left empty. */
const AUTO_FILLED = { citizen: ['applicantName', 'idNumber', 'mobile'], enterprise: ['entityName', 'uscc', 'mobile'] } as const;

interface Loaded {
  guide: ItemGuide;
  draft: CaseDetail | null;
}

/**
 * `/portal/me/apply/:code[?draft=<id>&step=<step>]`: apply online for an item, in steps
 * (docs/decisions.md D27) — its form rendered from the catalog's field list, materials, how to
 * receive the result, a check of the answers and the declaration — saved as a draft at each step.
 */
export function ApplyPage() {
  const t = useT();
  const { lang } = useLang();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { load, stale } = useApplyData(code, params.get('draft'));
  const { reload } = load;
  const title =
    load.status === 'done'
      ? t('cases.apply.titleFor', { item: localName(lang, load.data.guide.item.name, load.data.guide.item.nameEn) })
      : t('cases.apply.title');
  useDocumentTitle(title);

  return (
    <div className="tb-apply">
      <Link to="/portal/me/cases" className="tb-case-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('cases.portal.backToList')}
      </Link>
      <Typography.Title level={1} className="tb-page-title">
        {title}
      </Typography.Title>
      {(load.status === 'loading' || stale) && <Skeleton active paragraph={{ rows: 10 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('cases.apply.loadError')} onRetry={reload} />}
      {load.status === 'done' && !stale && (
        <ApplyGate
          key={load.data.draft?.id ?? 'new'}
          guide={load.data.guide}
          draft={load.data.draft}
          onDraftCreated={(id, step) => {
            // The step just saved becomes the draft's own address, so "back" returns to it.
            setParams({ draft: id, step: params.get('step') ?? '' }, { replace: true });
            setParams({ draft: id, step });
          }}
          onDraftSaved={reload}
        />
      )}
    </div>
  );
}

/**
 * The item's guide and the draft the address names. Just after the first step made the draft, the
 * address names it before it has loaded (`stale`): wait for it rather than show the next step on the
 * old page, whose uploads the new one would not have.
 */
export function useApplyData(code: string, draftId: string | null) {
  const load = useApiQuery(
    async (signal): Promise<Loaded> => {
      const [guide, draft] = await Promise.all([getItemGuide(code, signal), draftId ? getCase(draftId, signal) : Promise.resolve(null)]);
      return { guide, draft };
    },
    [code, draftId],
  );
  const stale = load.status === 'done' && (load.data.draft?.id ?? null) !== draftId;
  return { load, stale };
}

/** Who may apply here; anyone else is told where to go instead of meeting a form they cannot send. */
export function ApplyGate({
  guide,
  draft,
  onDraftCreated,
  onDraftSaved,
  channel,
  confirmationActions,
}: {
  guide: ItemGuide;
  draft: CaseDetail | null;
  onDraftCreated: (id: string, step: StepKey) => void;
  onDraftSaved: () => void;
} & Pick<ComponentProps<typeof ApplyWizard>, 'channel' | 'confirmationActions'>) {
  const t = useT();
  const { me } = useAuth();
  const item = guide.item;
  const role = me?.roles.includes('enterprise') ? 'enterprise' : me?.roles.includes('citizen') ? 'citizen' : null;
  const audienceOk = !role || item.audience.includes(role);
  if (!guide.onlineApplication || !audienceOk) {
    return (
      <Alert type="warning" showIcon title={!audienceOk ? t('cases.apply.notForYou') : t('cases.apply.notOnline')} description={t('cases.apply.goToWindow')} />
    );
  }
  return (
    <>
      <ApplySummary guide={guide} />
      <ApplyWizard
        guide={guide}
        draft={draft}
        autoFilled={role ? AUTO_FILLED[role] : []}
        onDraftCreated={onDraftCreated}
        onDraftSaved={onDraftSaved}
        channel={channel}
        confirmationActions={confirmationActions}
      />
    </>
  );
}

function ApplySummary({ guide }: { guide: ItemGuide }) {
  const t = useT();
  const { lang } = useLang();
  const limit = guide.item.promisedLimit;
  return (
    <Card size="small" className="tb-apply-summary">
      <dl className="tb-inline-facts">
        <div>
          <dt>{t('cases.apply.department')}</dt>
          <dd>{localName(lang, guide.department.nameZh, guide.department.nameEn)}</dd>
        </div>
        <div>
          <dt>{t('cases.apply.promised')}</dt>
          <dd>
            {limit.value === 0
              ? t('cases.apply.instant')
              : t(limit.unit === 'workday' ? 'cases.apply.workdays' : 'cases.apply.naturalDays', { n: limit.value })}
          </dd>
        </div>
        <div>
          <dt>{t('cases.apply.code')}</dt>
          <dd className="tb-mono">{guide.item.code}</dd>
        </div>
      </dl>
    </Card>
  );
}
