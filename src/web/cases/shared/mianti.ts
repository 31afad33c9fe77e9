import type { CaseMaterial } from '../../../shared/cases/cases.wire';
import type { MaterialOffer, Prefill } from './casesApi';

/*
 * 免提交 on the web side (docs/decisions.md D21): what the applicant chose for each material the
 * server offered to stand in for — one of their e-licences, the data the department fetches through
 * the exchange, or a file after all — and what follows for the form's checks and its request.
 */

/**
 * `upload` = the applicant brings a file after all; `shared` = a source with nothing to pick stands
 * in (the exchange fetches it, or the verified account vouches for it); else the picked licence's id.
 */
export type OfferChoice = 'upload' | 'shared' | (string & {});
export type OfferChoices = Record<string, OfferChoice>;

/**
 * The first choice per offered material: the first (newest) fitting licence, or the exchange; a
 * material that already has files (a draft's) stays an upload, so nothing the applicant did is undone.
 */
export function initialChoices(offers: readonly MaterialOffer[], withFiles: ReadonlySet<string> = new Set()): OfferChoices {
  const out: OfferChoices = {};
  for (const o of offers) {
    if (withFiles.has(o.materialCode)) out[o.materialCode] = 'upload';
    else if (o.source === 'e_licence') out[o.materialCode] = o.licences?.[0]?.id ?? 'upload';
    else out[o.materialCode] = 'shared';
  }
  return out;
}

/** Materials the applicant need not upload with these choices. */
export function coveredMaterials(offers: readonly MaterialOffer[], choices: OfferChoices): Set<string> {
  return new Set(offers.filter((o) => (choices[o.materialCode] ?? 'upload') !== 'upload').map((o) => o.materialCode));
}

/** The wallet picks the request carries (`licences`): only e-licence offers answered with one of their licences. */
export function licencePicks(offers: readonly MaterialOffer[], choices: OfferChoices): Array<{ materialCode: string; licenceId: string }> {
  return offers.flatMap((o) => {
    const choice = choices[o.materialCode];
    if (o.source !== 'e_licence' || !choice || choice === 'upload' || choice === 'shared') return [];
    return o.licences?.some((l) => l.id === choice) ? [{ materialCode: o.materialCode, licenceId: choice }] : [];
  });
}

/** Uploads without the materials a source covers (a file picked before switching back is not sent). */
export function uploadsToSend<T>(uploads: Record<string, T[]>, covered: ReadonlySet<string>): Record<string, T[]> {
  return Object.fromEntries(Object.entries(uploads).filter(([code]) => !covered.has(code)));
}

/** A material on a case is in when it has a file or was satisfied by a source (免提交). */
export function materialIn(m: Pick<CaseMaterial, 'files' | 'sharedFrom'>): boolean {
  return m.files.length > 0 || m.sharedFrom !== null;
}

export type PrefillSource = Prefill['sources'][string];

/**
 * 智能填单: the prefilled values for the fields still empty (nothing the applicant typed or a draft
 * holds is overwritten), with the source of each, for its "来自：…" hint.
 */
export function prefillEmpty(
  current: Record<string, unknown>,
  prefill: Prefill,
): { values: Record<string, string | number>; sources: Record<string, PrefillSource & { value: string | number }> } {
  const values: Record<string, string | number> = {};
  const sources: Record<string, PrefillSource & { value: string | number }> = {};
  for (const [key, value] of Object.entries(prefill.values)) {
    const now = current[key];
    if (now !== undefined && now !== null && !(typeof now === 'string' && now.trim() === '')) continue;
    values[key] = value;
    const source = prefill.sources[key];
    if (source) sources[key] = { ...source, value };
  }
  return { values, sources };
}
