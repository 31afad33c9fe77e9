import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../i18n/I18nProvider';
import { useApiQuery, type QueryState } from '../../shared/useApiQuery';
import { findDepartments, getCase, getItemGuide } from './casesApi';
import { localName } from './format';
import type { CaseDetail } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';

let departmentsOnce: Promise<Department[]> | null = null;

/** The department list, fetched once per page load (it changes only with a release of the org data). */
export function loadDepartments(): Promise<Department[]> {
  departmentsOnce ??= findDepartments().catch((error: unknown) => {
    departmentsOnce = null;
    throw error;
  });
  return departmentsOnce;
}

export function useDepartments(): Department[] {
  const departments = useApiQuery(() => loadDepartments(), []);
  return departments.data ?? [];
}

/** Names the case pages show for codes: materials and form fields from the item, departments. */
export interface Names {
  material: (code: string, fallback?: string) => string;
  field: (key: string) => string;
  department: (code: string) => string;
}

export function useNames(guide: ItemGuide | null, departments: Department[]): Names {
  const { lang } = useLang();
  return useMemo(() => {
    const materials = new Map((guide?.item.materials ?? []).map((m) => [m.code, m]));
    const fields = new Map((guide?.item.formFields ?? []).map((f) => [f.key, f]));
    const depts = new Map(departments.map((d) => [d.code, d]));
    return {
      material: (code, fallback) => {
        const m = materials.get(code);
        return m ? localName(lang, m.name, m.nameEn) : (fallback ?? code);
      },
      field: (key) => {
        const f = fields.get(key);
        return f ? localName(lang, f.labelZh, f.labelEn) : key;
      },
      department: (code) => {
        const d = depts.get(code);
        return d ? localName(lang, d.nameZh, d.nameEn) : code;
      },
    };
  }, [guide, departments, lang]);
}

/**
 * One case with what its pages need around it: the item's guide (form labels, English names,
 * special procedures) and the departments.
 */
export function useCaseData(id: string): {
  load: QueryState<CaseDetail>;
  guide: ItemGuide | null;
  guideLoading: boolean;
  departments: Department[];
  names: Names;
  reload: () => void;
  reloading: boolean;
} {
  const load = useApiQuery((signal) => getCase(id, signal), [id]);
  const code = load.status === 'done' ? load.data.item.code : null;
  const guideLoad = useApiQuery((signal) => (code ? getItemGuide(code, signal) : Promise.resolve(null)), [code]);
  const guide = guideLoad.status === 'done' ? guideLoad.data : null;
  const departments = useDepartments();
  const names = useNames(guide, departments);
  return { load, guide, guideLoading: guideLoad.status === 'loading', departments, names, reload: load.reload, reloading: load.pending };
}

const englishNames = new Map<string, Promise<string | null>>();

/**
 * English item names for a list of item codes (the case list carries the Chinese name only):
 * looked up once per item from the catalog and kept for the page's life; empty in zh-CN.
 */
export function useEnglishItemNames(codes: readonly string[]): Record<string, string> {
  const { lang } = useLang();
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    if (lang !== 'en-US' || !key) return;
    let live = true;
    const wanted = key.split(',');
    for (const code of wanted) {
      if (!englishNames.has(code))
        englishNames.set(
          code,
          getItemGuide(code).then(
            (g) => g.item.nameEn || null,
            () => null,
          ),
        );
    }
    void Promise.all(wanted.map(async (code) => [code, await englishNames.get(code)] as const)).then((pairs) => {
      if (live) setNames(Object.fromEntries(pairs.filter((p): p is readonly [string, string] => !!p[1])));
    });
    return () => {
      live = false;
    };
  }, [key, lang]);
  return lang === 'en-US' ? names : {};
}
