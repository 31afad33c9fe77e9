import { CalendarOutlined, CloudUploadOutlined, DownloadOutlined, EnvironmentOutlined, FileTextOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Descriptions, Grid, Skeleton, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { Flowchart, Guide, Material } from '../../shared/catalog/catalog.wire';
import { codeLabel, limitsInWords, limitText, modeLabel, nameIn, topicLabel } from './catalogText';
import './catalog.css';
import { FlowchartView } from './FlowchartView';
import { PlaceFinder } from './PlaceFinder';
import { LinkButton } from './LinkButton';
import { useApiQuery } from '../shared/useApiQuery';

type SectionKey = 'basics' | 'conditions' | 'materials' | 'process' | 'limits' | 'fees' | 'places' | 'contacts' | 'basis';
const SECTIONS: readonly SectionKey[] = ['basics', 'conditions', 'materials', 'process', 'limits', 'fees', 'places', 'contacts', 'basis'];

/** `/items/:code`: the service guide (办事指南) — everything a person needs before going anywhere. */
export function ItemGuidePage() {
  const { code = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const guide = useApiQuery<Guide>(`/api/v1/items/${encodeURIComponent(code)}`);
  const chart = useApiQuery<Flowchart>(`/api/v1/items/${encodeURIComponent(code)}/flowchart`);
  const current = guide.data && guide.data.item.code === code ? guide.data : undefined;
  useDocumentTitle(current ? nameIn(lang, current.item) : t('catalog.guide.title'));

  if (guide.status === 'error' && !current) {
    return (
      <div className="tb-container tb-page">
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.guide.title')}
        </Typography.Title>
        <ErrorAlert error={guide.error} onRetry={guide.status === 'error' && guide.error.status !== 404 ? guide.reload : undefined} />
        <p className="tb-back-link">
          <Link to="/search">{t('catalog.guide.backToSearch')}</Link>
        </p>
      </div>
    );
  }
  if (!current) {
    return (
      <div className="tb-container tb-page" aria-busy="true">
        <Skeleton active title paragraph={{ rows: 12 }} />
      </div>
    );
  }

  const { item } = current;
  const en = lang === 'en-US';
  const otherName = en ? item.name : item.nameEn;
  const formsOf = new Map(current.forms.map((f) => [f.materialCode, f]));

  return (
    <div className="tb-container tb-page tb-guide">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('catalog.nav.home')}</Link> },
          { title: <Link to="/search">{t('search.title')}</Link> },
          { title: nameIn(lang, item) },
        ]}
      />
      <header className="tb-guide-header">
        <Typography.Title level={1} className="tb-page-title tb-guide-title">
          {nameIn(lang, item)}
        </Typography.Title>
        {otherName && (
          <p className="tb-guide-othername" lang={en ? 'zh-CN' : 'en-US'}>
            {otherName}
          </p>
        )}
        <div className="tb-tags">
          {item.modes.map((m) => (
            <Tag key={m} className="tb-tag-blue">
              {modeLabel(t, m)}
            </Tag>
          ))}
          <Tag>{current.typeName}</Tag>
          {item.cityWide && <Tag className="tb-tag-green">{t('catalog.tag.cityWide')}</Tag>}
          <Tag className="tb-tag-default">{t('catalog.guide.versionTag', { version: item.version })}</Tag>
        </div>
        <dl className="tb-key-facts">
          <KeyFact label={t('catalog.field.promisedLimit')} value={limitText(t, item.promisedLimit)} />
          <KeyFact label={t('catalog.field.statutoryLimit')} value={limitText(t, item.statutoryLimit)} />
          <KeyFact label={t('catalog.field.visits')} value={t(`catalog.visits.plain${item.visits}` as 'catalog.visits.plain0')} />
          <KeyFact label={t('catalog.field.fee')} value={item.fee.charged ? t('catalog.fee.charged') : t('catalog.fee.free')} />
          <KeyFact label={t('search.field.department')} value={current.department.name} />
        </dl>
        <div className="tb-guide-actions">
          {current.onlineApplication ? (
            <LinkButton to={`/portal/me/apply/${item.code}`} type="primary" icon={<CloudUploadOutlined aria-hidden="true" />}>
              {t('catalog.guide.applyOnline')}
            </LinkButton>
          ) : (
            <span className="tb-muted">{t('catalog.guide.notOnline')}</span>
          )}
          {item.appointment && (
            <LinkButton to={`/portal/me/appointments/new?item=${item.code}`} icon={<CalendarOutlined aria-hidden="true" />}>
              {t('halls.guide.book')}
            </LinkButton>
          )}
          <Button size="large" href="#guide-places" icon={<EnvironmentOutlined aria-hidden="true" />}>
            {t('catalog.guide.findPlace')}
          </Button>
        </div>
        {en && <Alert type="info" showIcon className="tb-guide-lang-note" title={t('catalog.guide.chineseOnly')} />}
      </header>

      <div className="tb-guide-layout">
        <nav className="tb-guide-toc" aria-label={t('catalog.guide.toc')}>
          <p className="tb-guide-toc-title" aria-hidden="true">
            {t('catalog.guide.toc')}
          </p>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#guide-${s}`}>{t(`catalog.guide.section.${s}`)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <div className="tb-guide-main">
          <GuideSection id="basics">
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              items={[
                { key: 'code', label: t('catalog.field.basicCode'), children: item.code },
                { key: 'impl', label: t('catalog.field.implCode'), children: <span className="tb-code">{item.implCode}</span> },
                { key: 'type', label: t('search.field.type'), children: current.typeName },
                { key: 'dept', label: t('catalog.field.implementer'), children: current.department.name },
                ...(current.jointDepartments.length
                  ? [
                      {
                        key: 'joint',
                        label: t('catalog.field.jointDepartments'),
                        children: current.jointDepartments.map((d) => d.name).join(t('catalog.listSeparator')),
                      },
                    ]
                  : []),
                { key: 'power', label: t('catalog.field.powerSource'), children: codeLabel(t, 'powerSource', item.powerSource) },
                { key: 'level', label: t('catalog.field.level'), children: codeLabel(t, 'level', item.level) },
                {
                  key: 'aud',
                  label: t('catalog.field.audience'),
                  children: item.audience.map((a) => codeLabel(t, 'audience', a)).join(t('catalog.listSeparator')),
                },
                { key: 'kind', label: t('catalog.field.caseKind'), children: codeLabel(t, 'caseKind', item.caseKind) },
                {
                  key: 'result',
                  label: t('catalog.field.result'),
                  children: t('catalog.guide.resultValue', { name: item.resultName, type: codeLabel(t, 'resultType', item.resultType) }),
                },
                { key: 'depth', label: t('catalog.field.onlineDepth'), children: codeLabel(t, 'onlineDepth', String(item.onlineDepth)) },
                { key: 'services', label: t('catalog.field.services'), children: <ServiceTags item={item} /> },
                ...(item.topics.length
                  ? [{ key: 'topics', label: t('catalog.field.topic'), children: item.topics.map((tp) => topicLabel(t, tp)).join(t('catalog.listSeparator')) }]
                  : []),
                ...(item.branchHall ? [{ key: 'branch', label: t('catalog.field.branchHall'), children: codeLabel(t, 'branchHall', item.branchHall) }] : []),
                ...(item.specialProcedures?.length
                  ? [{ key: 'special', label: t('catalog.field.specialProcedures'), children: item.specialProcedures.join(t('catalog.listSeparator')) }]
                  : []),
              ]}
            />
          </GuideSection>

          <GuideSection id="conditions">
            {item.conditions.length ? (
              <ol className="tb-plain-list">
                {item.conditions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            ) : (
              <p>{t('catalog.guide.noConditions')}</p>
            )}
            {item.instantApproval && (
              <Alert
                className="tb-guide-instant"
                type="success"
                showIcon
                message={t('catalog.guide.instantTitle')}
                description={
                  <>
                    <p>{t('catalog.guide.instantLead', { department: current.department.name })}</p>
                    <ul className="tb-plain-list">
                      {item.instantApproval.rules.map((r, i) => (
                        <li key={i}>{en ? r.textEn : r.textZh}</li>
                      ))}
                    </ul>
                  </>
                }
              />
            )}
          </GuideSection>

          <GuideSection id="materials">
            {item.materials.length === 0 ? (
              <p>{item.noMaterialsReason ?? t('catalog.guide.noMaterials')}</p>
            ) : (
              <>
                <p className="tb-muted">
                  {t('catalog.guide.materialsLead', { n: item.materials.length, required: item.materials.filter((m) => m.required).length })}
                  {item.materials.some((m) => !m.primary) && ` ${t('catalog.guide.deficiency', { days: item.deficiencyDays ?? 5 })}`}
                </p>
                <MaterialsTable materials={item.materials} forms={formsOf} />
              </>
            )}
          </GuideSection>

          <GuideSection id="process">
            {chart.data && chart.data.code === item.code ? (
              <FlowchartView chart={chart.data} />
            ) : chart.status === 'error' ? (
              <ErrorAlert error={chart.error} onRetry={chart.reload} />
            ) : (
              <Skeleton active paragraph={{ rows: 6 }} />
            )}
            <Typography.Title level={3} className="tb-subsection-title">
              {t('catalog.guide.steps')}
            </Typography.Title>
            <ol className="tb-steps">
              {item.steps.map((s, i) => (
                <li key={i}>
                  <strong>{en ? s.nameEn : s.name}</strong>
                  {codeLabel(t, 'stepRole', s.role) !== (en ? s.nameEn : s.name) && <span className="tb-muted"> · {codeLabel(t, 'stepRole', s.role)}</span>}
                </li>
              ))}
            </ol>
          </GuideSection>

          <GuideSection id="limits">
            <p className="tb-limit-words">{limitsInWords(t, item.statutoryLimit, item.promisedLimit)}</p>
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: 'statutory',
                  label: t('catalog.field.statutoryLimit'),
                  children: (
                    <>
                      {limitText(t, item.statutoryLimit)}
                      {item.statutoryLimit.note && <div className="tb-muted">{item.statutoryLimit.note}</div>}
                    </>
                  ),
                },
                {
                  key: 'promised',
                  label: t('catalog.field.promisedLimit'),
                  children: (
                    <>
                      {limitText(t, item.promisedLimit)}
                      {item.promisedLimit.note && <div className="tb-muted">{item.promisedLimit.note}</div>}
                    </>
                  ),
                },
                { key: 'visits', label: t('catalog.field.visits'), children: t(`catalog.visits.plain${item.visits}` as 'catalog.visits.plain0') },
              ]}
            />
            <p className="tb-muted tb-limit-note">{t('catalog.guide.workdayNote')}</p>
          </GuideSection>

          <GuideSection id="fees">
            {item.fee.charged && item.fee.items?.length ? (
              <Table
                size="small"
                pagination={false}
                rowKey="name"
                dataSource={item.fee.items}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('catalog.fee.item'), dataIndex: 'name' },
                  { title: t('catalog.fee.standard'), dataIndex: 'standard' },
                  { title: t('catalog.fee.basis'), dataIndex: 'basis' },
                  { title: t('catalog.fee.waiver'), dataIndex: 'waiver', render: (w?: string) => w ?? t('common.none') },
                ]}
              />
            ) : (
              <p>{t('catalog.fee.freeLong')}</p>
            )}
            {item.onlinePayment && <p className="tb-muted">{t('catalog.fee.onlinePayment')}</p>}
          </GuideSection>

          <GuideSection id="places">
            <p className="tb-muted">{t('catalog.guide.placesLead', { n: current.places.length })}</p>
            <PlaceFinder itemCode={item.code} />
          </GuideSection>

          <GuideSection id="contacts">
            <dl className="tb-contacts">
              <div>
                <dt>{t('catalog.guide.consultation')}</dt>
                <dd>
                  <a href={`tel:${item.consultationPhone}`}>
                    <PhoneOutlined aria-hidden="true" /> {item.consultationPhone}
                  </a>
                </dd>
              </div>
              <div>
                <dt>{t('catalog.guide.complaint')}</dt>
                <dd>
                  <a href={`tel:${item.complaintPhone}`}>
                    <PhoneOutlined aria-hidden="true" /> {item.complaintPhone}
                  </a>{' '}
                  <span className="tb-muted">{t('catalog.guide.complaintHint')}</span>
                </dd>
              </div>
            </dl>
          </GuideSection>

          <GuideSection id="basis">
            {item.legalBasis.length ? (
              <ul className="tb-plain-list">
                {item.legalBasis.map((b, i) => (
                  <li key={i}>{b}</li>
                ))}
              </ul>
            ) : (
              <p>{t('common.none')}</p>
            )}
          </GuideSection>

          {current.bundles.length > 0 && (
            <section aria-labelledby="guide-bundles" className="tb-guide-section">
              <Typography.Title level={2} id="guide-bundles" className="tb-section-title">
                {t('catalog.guide.bundles')}
              </Typography.Title>
              <ul className="tb-chip-row">
                {current.bundles.map((b) => (
                  <li key={b.code}>
                    <Link to={`/bundles/${b.code}`} className="tb-chip">
                      {nameIn(lang, b)}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <p className="tb-version-line">
            <FileTextOutlined aria-hidden="true" />{' '}
            {t('catalog.guide.version', { version: item.version, date: new Date(item.publishedAt).toLocaleDateString(lang) })}
          </p>
        </div>
      </div>
    </div>
  );
}

function KeyFact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="tb-key-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function GuideSection({ id, children }: { id: SectionKey; children: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby={`guide-${id}-title`} id={`guide-${id}`} className="tb-guide-section" tabIndex={-1}>
      <Typography.Title level={2} id={`guide-${id}-title`} className="tb-section-title">
        {t(`catalog.guide.section.${id}`)}
      </Typography.Title>
      {children}
    </section>
  );
}

function ServiceTags({ item }: { item: Guide['item'] }) {
  const t = useT();
  const flags: Array<[boolean, string]> = [
    [item.inHall, t('catalog.service.inHall')],
    [item.appointment, t('catalog.service.appointment')],
    [item.expressDelivery, t('catalog.service.express')],
    [item.onlinePayment, t('catalog.service.onlinePayment')],
    [item.kiosk, t('catalog.service.kiosk')],
  ];
  const on = flags.filter(([yes]) => yes);
  if (!on.length) return <>{t('common.none')}</>;
  return (
    <span className="tb-tags">
      {on.map(([, label]) => (
        <Tag key={label} className="tb-tag-cyan">
          {label}
        </Tag>
      ))}
    </span>
  );
}

type MaterialForms = Map<string, Guide['forms'][number]>;

/**
 * The materials: a table on a wide screen; on a phone (below antd's md, 768 px) a list of cards,
 * because the table's five columns scroll sideways there and hide whether a material is required
 * and where its blank form is.
 */
function MaterialsTable({ materials, forms }: { materials: Material[]; forms: MaterialForms }) {
  const screens = Grid.useBreakpoint();
  return screens.md === false ? <MaterialCards materials={materials} forms={forms} /> : <MaterialsWideTable materials={materials} forms={forms} />;
}

function MaterialName({ m }: { m: Material }) {
  const t = useT();
  const { lang } = useLang();
  const en = lang === 'en-US';
  return (
    <>
      <strong>{en ? m.nameEn : m.name}</strong>
      <div className="tb-muted" lang={en ? 'zh-CN' : 'en-US'}>
        {en ? m.name : m.nameEn}
      </div>
      <div className="tb-material-standard">
        <span className="tb-material-standard-label">{t('catalog.material.standardLabel')}</span>
        {m.acceptanceStandard}
      </div>
    </>
  );
}

function MaterialTags({ m }: { m: Material }) {
  const t = useT();
  return (
    <span className="tb-tags">
      <Tag className={m.required ? 'tb-tag-red' : 'tb-tag-default'}>{m.required ? t('catalog.material.required') : t('catalog.material.optional')}</Tag>
      <Tag className={m.primary ? 'tb-tag-blue' : 'tb-tag-default'}>{m.primary ? t('catalog.material.primary') : t('catalog.material.secondary')}</Tag>
      <Tag>{codeLabel(t, 'materialKind', m.kind)}</Tag>
      <Tag>{m.copies === 1 ? t('catalog.material.copies1') : t('catalog.material.copiesN', { n: m.copies })}</Tag>
    </span>
  );
}

function MaterialDownloads({ m, forms }: { m: Material; forms: MaterialForms }) {
  const t = useT();
  const { lang } = useLang();
  const f = forms.get(m.code);
  if (!f || (!f.blankForm && !f.sample)) return <span className="tb-muted">{t('common.none')}</span>;
  const name = lang === 'en-US' ? m.nameEn : m.name;
  return (
    <span className="tb-downloads">
      {f.blankForm && (
        <a href={f.blankForm} download aria-label={t('catalog.material.downloadBlankOf', { name })}>
          <DownloadOutlined aria-hidden="true" /> {t('catalog.material.blankForm')}
        </a>
      )}
      {f.sample && (
        <a href={f.sample} download aria-label={t('catalog.material.downloadSampleOf', { name })}>
          <DownloadOutlined aria-hidden="true" /> {t('catalog.material.sample')}
        </a>
      )}
    </span>
  );
}

/** A phone's materials: one card each, its requirements and downloads under its name. */
function MaterialCards({ materials, forms }: { materials: Material[]; forms: MaterialForms }) {
  const t = useT();
  return (
    <ol className="tb-material-cards">
      {materials.map((m) => (
        <li key={m.code}>
          <MaterialName m={m} />
          <MaterialTags m={m} />
          <dl className="tb-material-facts">
            <dt>{t('catalog.material.source')}</dt>
            <dd>{codeLabel(t, 'materialSource', m.source)}</dd>
            <dt>{t('catalog.material.forms')}</dt>
            <dd>
              <MaterialDownloads m={m} forms={forms} />
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function MaterialsWideTable({ materials, forms }: { materials: Material[]; forms: MaterialForms }) {
  const t = useT();
  return (
    <Table<Material>
      className="tb-materials"
      size="small"
      pagination={false}
      rowKey="code"
      dataSource={materials}
      scroll={{ x: 680 }}
      columns={[
        { title: '#', key: 'n', width: 40, render: (_v, _m, i) => i + 1 },
        { title: t('catalog.material.name'), key: 'name', render: (_v, m) => <MaterialName m={m} /> },
        { title: t('catalog.material.requirements'), key: 'required', width: 150, render: (_v, m) => <MaterialTags m={m} /> },
        { title: t('catalog.material.source'), key: 'source', width: 120, render: (_v, m) => codeLabel(t, 'materialSource', m.source) },
        { title: t('catalog.material.forms'), key: 'forms', width: 116, render: (_v, m) => <MaterialDownloads m={m} forms={forms} /> },
      ]}
    />
  );
}
