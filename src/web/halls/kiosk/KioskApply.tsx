import { FormOutlined } from '@ant-design/icons';
import { Button, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useSettled } from '../../shared/useSettled';
import { ApplyGate, useApplyData } from '../../cases/portal/ApplyPage';
import { searchItems } from '../../cases/shared/casesApi';
import { localName } from '../../cases/shared/format';
import type { PlaceDetail } from '../../../shared/places/places.wire';
import { findAudienceItems } from './kioskApi';
import { KioskPrintButton } from './KioskPrint';
import { applicableItems, findItems, pageOf } from './kioskServices';

const ROWS = 6;

/**
 * 办理事项 at the kiosk (docs/decisions.md D32): the signed-in person picks one of the hall's items
 * they can apply for, then applies with the portal's guided application (智能填单 fills the form from
 * their account and shared data), made with the kiosk channel; the confirmation prints the notice.
 * What is chosen lives in the address (`apply`, `draft`, `step`), which the idle wipe clears.
 */
export function KioskApply({ place, audience, onMine }: { place: PlaceDetail; audience: 'citizen' | 'enterprise'; onMine: () => void }) {
  const [params, setParams] = useSearchParams();
  const code = params.get('apply');
  const choose = (next: string | null) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const k of ['apply', 'draft', 'step']) n.delete(k);
      if (next) n.set('apply', next);
      return n;
    });
  return code ? (
    <KioskApplyItem code={code} onOther={() => choose(null)} onMine={onMine} />
  ) : (
    <KioskItemList place={place} audience={audience} onChoose={choose} />
  );
}

function KioskItemList({ place, audience, onChoose }: { place: PlaceDetail; audience: 'citizen' | 'enterprise'; onChoose: (code: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const catalog = useApiQuery((signal) => findAudienceItems(audience, signal), [audience]);
  const [typed, setTyped] = useState('');
  const [page, setPage] = useState(1);
  // The portal's search ranks what is typed (a pause of 300 ms); the hall's own items are kept.
  const searched = useSettled(typed.trim(), 300);
  const ranking = useApiQuery(searched ? (signal) => searchItems(searched, signal, 50) : null, [searched]);
  const ranked = searched && searched === typed.trim() && ranking.status === 'done' ? ranking.data.map((i) => i.code) : null;
  const found = catalog.status === 'done' ? findItems(applicableItems(place.items, catalog.data, audience), typed, ranked) : [];
  const shown = pageOf(found, page, ROWS);

  return (
    <section aria-labelledby="kiosk-step">
      <h2 id="kiosk-step">{t('kiosk.applyTitle')}</h2>
      <Input
        size="large"
        className="tb-kiosk-search"
        allowClear
        placeholder={t('kiosk.applyFilter')}
        aria-label={t('kiosk.applyFilter')}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setPage(1);
        }}
      />
      {catalog.status === 'loading' && <Skeleton active paragraph={{ rows: 6 }} />}
      {catalog.status === 'error' && <ErrorAlert error={catalog.error} title={t('kiosk.applyError')} onRetry={catalog.reload} />}
      {catalog.status === 'done' && found.length === 0 && <p className="tb-kiosk-hint">{t('kiosk.applyNone')}</p>}
      <ul className="tb-kiosk-list tb-kiosk-items" data-testid="kiosk-items">
        {shown.rows.map((i) => (
          <li key={i.code}>
            <Button className="tb-kiosk-item" icon={<FormOutlined aria-hidden="true" />} onClick={() => onChoose(i.code)}>
              <span className="tb-kiosk-list-name">{localName(lang, i.name, i.nameEn)}</span>
              <span className="tb-kiosk-list-hint">{i.departmentName}</span>
            </Button>
          </li>
        ))}
      </ul>
      {shown.pages > 1 && (
        <div className="tb-kiosk-row tb-kiosk-pager">
          <Button disabled={shown.page <= 1} onClick={() => setPage(shown.page - 1)}>
            {t('kiosk.applyPrev')}
          </Button>
          <span className="tb-kiosk-hint">{t('kiosk.applyPage', { page: shown.page, pages: shown.pages })}</span>
          <Button disabled={shown.page >= shown.pages} onClick={() => setPage(shown.page + 1)}>
            {t('kiosk.applyNext')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The portal's application for one item inside the kiosk's frame, as `/portal/me/apply/:code` hosts it. */
function KioskApplyItem({ code, onOther, onMine }: { code: string; onOther: () => void; onMine: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const { load, stale } = useApplyData(code, params.get('draft'));
  return (
    <section aria-labelledby="kiosk-step" className="tb-kiosk-apply">
      <div className="tb-kiosk-row tb-kiosk-apply-head">
        <h2 id="kiosk-step">
          {load.status === 'done' ? t('kiosk.applyFor', { item: localName(lang, load.data.guide.item.name, load.data.guide.item.nameEn) }) : t('kiosk.apply')}
        </h2>
        <Button onClick={onOther}>{t('kiosk.applyOther')}</Button>
      </div>
      {(load.status === 'loading' || stale) && <Skeleton active paragraph={{ rows: 8 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('kiosk.applyError')} onRetry={load.reload} />}
      {load.status === 'done' && !stale && (
        <ApplyGate
          key={load.data.draft?.id ?? 'new'}
          guide={load.data.guide}
          draft={load.data.draft}
          channel="kiosk"
          onDraftCreated={(id, step) =>
            setParams((p) => {
              const n = new URLSearchParams(p);
              n.set('draft', id);
              n.set('step', step);
              return n;
            })
          }
          onDraftSaved={load.reload}
          confirmationActions={(ref) => (
            <>
              <KioskPrintButton caseId={ref.id} primary />
              <Button onClick={onMine}>{t('kiosk.applyMine')}</Button>
            </>
          )}
        />
      )}
    </section>
  );
}
