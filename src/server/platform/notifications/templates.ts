/** A message in both languages; `{name}` placeholders are filled from the params. */
export interface MessageTemplate {
  titleZh: string;
  titleEn: string;
  zh: string;
  en: string;
}

const registry = new Map<string, MessageTemplate>();

/** Registers a module's message templates (call at module load); a key may be defined only once. */
export function defineTemplates<K extends string>(templates: Record<K, MessageTemplate>): Record<K, K> {
  const keys = {} as Record<K, K>;
  for (const [key, t] of Object.entries(templates) as Array<[K, MessageTemplate]>) {
    const existing = registry.get(key);
    if (existing && existing !== t) throw new Error(`message template ${key} is defined twice`);
    registry.set(key, t);
    keys[key] = key;
  }
  return keys;
}

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The rendered title and body in both languages. */
export function renderTemplate(key: string, params: Record<string, string | number>) {
  const t = registry.get(key);
  if (!t) throw new Error(`unknown message template ${key}`);
  return { titleZh: fill(t.titleZh, params), titleEn: fill(t.titleEn, params), zh: fill(t.zh, params), en: fill(t.en, params) };
}
