import { App, Form, type FormInstance } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api, toApiError, type ApiError } from '../../shared/api';
import { useApiQuery } from '../../shared/useApiQuery';
import type { SearchResponse } from '../../../shared/catalog/catalog.wire';
import type { Department, Region } from '../../../shared/org/org.wire';
import type { CreatePlaceInput, PlaceDetail, PlaceItemsInput, UpdatePlaceInput } from '../../../shared/places/places.wire';
import { nameIn } from '../../portal/catalogText';
import { toFieldName, type Problem } from './definition';
import { BLANK, toInput, toValues, type PlaceValues } from './placeForm';

type FieldList = Parameters<FormInstance<PlaceValues>['setFields']>[0];
export type Option = { value: string; label: string };

/** Every published item (a place's items are chosen from them), fetched page by page. */
async function fetchAllItems(signal: AbortSignal): Promise<SearchResponse['items']> {
  const all: SearchResponse['items'] = [];
  for (let page = 1; page <= 200; page += 1) {
    const r = await api.get<SearchResponse>('/api/v1/items', { query: { page, pageSize: 100 }, signal });
    all.push(...r.items);
    if (all.length >= r.total || r.items.length === 0) break;
  }
  return all;
}

/**
 * The place editor's state: the form (filled once from the place, or blank for a new one), the
 * option lists, the version the saves send, the items the place handles, and the two saves with
 * the server's problems put on their fields.
 */
export function usePlaceForm(code: string | null, onCreated: (code: string) => void) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlaceValues>();
  const creating = code === null;

  const detail = useApiQuery<PlaceDetail>(code ? `/api/v1/places/${encodeURIComponent(code)}` : null);
  const [place, setPlace] = useState<PlaceDetail | null>(null);
  const [version, setVersion] = useState(0);
  const [items, setItems] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState<null | 'place' | 'items'>(null);

  // The form is filled once: a later answer (a language change asks again) must not undo edits.
  const filled = useRef(false);
  useEffect(() => {
    if (filled.current) return;
    if (creating) {
      filled.current = true;
      form.setFieldsValue(BLANK);
    } else if (detail.status === 'done') {
      filled.current = true;
      setPlace(detail.data);
      setVersion(detail.data.version);
      setItems(detail.data.items.map((i) => i.code));
      form.resetFields();
      form.setFieldsValue(toValues(detail.data));
    }
  }, [creating, detail.status, detail.data, form]);

  const regions = useApiQuery<{ items: Region[] }>('/api/v1/regions');
  const departments = useApiQuery<{ items: Department[] }>('/api/v1/departments');
  const allItems = useApiQuery((signal) => fetchAllItems(signal), []);
  const regionOptions: Option[] = (regions.data?.items ?? []).map((r) => ({ value: r.code, label: `${lang === 'en-US' ? r.nameEn : r.nameZh} · ${r.code}` }));
  const departmentOptions: Option[] = (departments.data?.items ?? []).map((d) => ({ value: d.code, label: lang === 'en-US' ? d.nameEn : d.nameZh }));
  const itemList = allItems.status === 'error' ? undefined : allItems.data;
  const itemOptions = useMemo(
    () => ({
      options: (itemList ?? []).map((i) => ({ value: i.code, label: `${nameIn(lang, i)} · ${i.code}` })),
      loading: !itemList && allItems.status === 'loading',
    }),
    [itemList, allItems.status, lang],
  );

  const watched = {
    lat: Form.useWatch('lat', form),
    lng: Form.useWatch('lng', form),
    kind: Form.useWatch('kind', form),
    name: Form.useWatch('name', form),
  };

  /** Shows a failed save: the server's problems on their fields and listed, or its message. */
  const report = (e: unknown) => {
    const err = toApiError(e);
    const list = (err.detailList ?? []).filter((p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).path === 'string');
    if (list.length) {
      setProblems(list);
      form.setFields(list.map((p) => ({ name: toFieldName(p.path), errors: [(lang === 'en-US' ? p.en : p.zh) ?? p.message ?? ''] })) as FieldList);
      setError(err);
    } else {
      setProblems([]);
      setError(err);
    }
  };

  const savePlace = async () => {
    setError(null);
    setProblems([]);
    let values: PlaceValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as PlaceValues;
    } catch {
      message.error(t('catalog.admin.fixFields'));
      return;
    }
    setBusy('place');
    try {
      if (creating) {
        const newCode = String(values.code ?? '').trim();
        const body: CreatePlaceInput = { code: newCode, ...toInput(values), items: [] };
        await api.post('/api/v1/admin/places', body);
        message.success(t('catalog.admin.placeCreated', { code: newCode }));
        onCreated(newCode);
        return;
      }
      const body: UpdatePlaceInput = { ...toInput(values), version };
      const r = await api.put<{ version: number }>(`/api/v1/admin/places/${encodeURIComponent(code)}`, body);
      setVersion(r.version);
      message.success(t('catalog.admin.placeSaved'));
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  const saveItems = async () => {
    if (!code) return;
    setError(null);
    setBusy('items');
    try {
      const body: PlaceItemsInput = { items, version };
      const r = await api.put<{ version: number; items: number }>(`/api/v1/admin/places/${encodeURIComponent(code)}/items`, body);
      setVersion(r.version);
      message.success(t('catalog.admin.placeItemsSaved', { n: r.items }));
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  return {
    form,
    creating,
    /** The place as loaded (null while loading, and for a new place). */
    place,
    loadError: !place && detail.status === 'error' ? detail.error : null,
    retryLoad: detail.reload,
    version,
    watched,
    options: { regions: regionOptions, departments: departmentOptions, items: itemOptions },
    items,
    setItems,
    error,
    problems,
    busy,
    savePlace,
    saveItems,
  };
}

export type PlaceForm = ReturnType<typeof usePlaceForm>;
