import { useMemo, useState } from 'react';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { useApiQuery } from '../../../shared/useApiQuery';
import { getMaterialOffers, type MaterialOffer } from '../../shared/casesApi';
import { localName } from '../../shared/format';
import { toMaterialRefs, type UploadSlot, type Uploads } from '../../shared/MaterialUploader';
import { coveredMaterials, initialChoices, licencePicks, uploadsToSend, type OfferChoices } from '../../shared/mianti';
import { OfferPanel } from '../../shared/OfferPanel';
import type { CaseDetail } from '../../../../shared/cases/cases.wire';
import type { Guide } from '../../../../shared/catalog/catalog.wire';

const NO_OFFERS: MaterialOffer[] = [];

/**
 * The application's materials: what the applicant uploads, and what they need not (免提交,
 * docs/decisions.md D21) because an e-licence or shared data stands in for it. When asking for
 * offers fails, every material is uploaded as before and the page says so quietly.
 */
export function useApplyMaterials(item: Guide['item'], draft: CaseDetail | null, enabled: boolean) {
  const t = useT();
  const { lang } = useLang();
  const [uploads, setUploads] = useState<Uploads>({});
  const [picked, setPicked] = useState<OfferChoices>({});
  const offersQuery = useApiQuery((signal) => (enabled ? getMaterialOffers(item.code, undefined, signal) : Promise.resolve(NO_OFFERS)), [item.code, enabled]);
  const offers = offersQuery.status === 'done' ? offersQuery.data : NO_OFFERS;
  const choices = useMemo<OfferChoices>(() => {
    const withFiles = new Set((draft?.materials ?? []).filter((m) => m.files.length > 0).map((m) => m.materialCode));
    return { ...initialChoices(offers, withFiles), ...picked };
  }, [offers, draft, picked]);
  const covered = useMemo(() => coveredMaterials(offers, choices), [offers, choices]);

  const slots: UploadSlot[] = useMemo(
    () =>
      item.materials.map((m) => {
        const name = localName(lang, m.name, m.nameEn);
        const offer = offers.find((o) => o.materialCode === m.code);
        return {
          code: m.code,
          name,
          required: m.required,
          primary: m.primary,
          existing: draft?.materials.find((x) => x.materialCode === m.code)?.files ?? [],
          note: m.acceptanceStandard ? t('cases.apply.standard', { text: m.acceptanceStandard }) : undefined,
          offer: offer && {
            covered: covered.has(m.code),
            panel: (
              <OfferPanel
                offer={offer}
                materialName={name}
                choice={choices[m.code]}
                onChoice={(next) => {
                  setPicked((p) => ({ ...p, [m.code]: next }));
                  // Files picked before the source took over again are dropped, not sent unseen.
                  if (next !== 'upload') setUploads((u) => Object.fromEntries(Object.entries(u).filter(([code]) => code !== m.code)));
                }}
              />
            ),
          },
        };
      }),
    [item, draft, lang, t, offers, choices, covered],
  );

  const fileCount = (code: string) => (uploads[code]?.length ?? 0) + (slots.find((s) => s.code === code)?.existing?.length ?? 0);
  const has = (code: string) => covered.has(code) || fileCount(code) > 0;
  return {
    slots,
    uploads,
    setUploads,
    covered,
    /** Until the offers are known the uploads wait: a file picked now could be for a material about to need none. */
    offersLoading: offersQuery.status === 'loading',
    offersFailed: offersQuery.status === 'error',
    fileCount,
    /** The new files to attach (those a source stands in for are not sent). */
    materialRefs: () => toMaterialRefs(uploadsToSend(uploads, covered)),
    licencePicks: () => licencePicks(offers, choices),
    missingPrimary: item.materials.filter((m) => m.required && m.primary && !has(m.code)),
    missingSecondary: item.materials.filter((m) => m.required && !m.primary && !has(m.code)),
  };
}

export type ApplyMaterials = ReturnType<typeof useApplyMaterials>;
