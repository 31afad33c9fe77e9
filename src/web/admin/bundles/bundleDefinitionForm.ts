import { inLanguage } from '../../i18n/bilingual';
import type { Translate } from '../../i18n/I18nProvider';
import type { Lang, MessageKey } from '../../i18n/messages';
import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import type { Problem } from '../catalog/definition';

/**
 * Where a problem of a "一件事" definition lies, in the editor's words (docs/decisions.md D24):
 * the server names it by path (`members.1.when.0`), the admin reads "成员事项 2 · 条件 1".
 */

/** The definition's lists by the path element that names them: an entry's label, the whole list's. */
const LISTS: Readonly<Record<string, readonly [MessageKey, MessageKey]>> = {
  questions: ['bundles.admin.list.question', 'bundles.admin.list.questions'],
  options: ['bundles.admin.list.option', 'bundles.admin.list.options'],
  members: ['bundles.admin.list.member', 'bundles.admin.list.members'],
  when: ['bundles.admin.list.condition', 'bundles.admin.list.conditions'],
  aliases: ['bundles.admin.list.alias', 'bundles.admin.list.aliases'],
  milestones: ['bundles.admin.list.milestone', 'bundles.admin.list.milestones'],
};

/** The place of `path` as list labels with 1-based numbers; field names after them are dropped. */
export function problemPlace(path: string, t: Translate): string {
  const parts = path.replace(/^body\.(definition\.)?/, '').split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const list = LISTS[parts[i]];
    if (!list) continue;
    const index = parts[i + 1] ?? '';
    out.push(/^\d+$/.test(index) ? t(list[0], { n: Number(index) + 1 }) : t(list[1]));
  }
  return out.length ? out.join(' · ') : t('bundles.admin.wholeDefinition');
}

/** A problem's text in the UI language: the server's bundle problems say both, "中文 / English". */
export function problemMessage(p: Problem, lang: Lang): string {
  return inLanguage((lang === 'en-US' ? p.en : p.zh) ?? p.message ?? p.rule ?? p.path, lang);
}

/**
 * The editor's values as the definition the server takes: empty optional texts and lists dropped
 * (the form keeps them as '' and []), options only on choice questions, units only on numbers.
 */
export function toDefinition(values: BundleDefinition): BundleDefinition {
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return {
    questions: (values.questions ?? []).map((q) => ({
      key: q.key,
      textZh: q.textZh,
      textEn: q.textEn,
      kind: q.kind,
      ...(q.kind === 'choice' ? { options: q.options ?? [] } : {}),
      ...(q.kind === 'number' && text(q.unitZh) ? { unitZh: text(q.unitZh) } : {}),
      ...(q.kind === 'number' && text(q.unitEn) ? { unitEn: text(q.unitEn) } : {}),
    })),
    members: (values.members ?? []).map((m) => ({
      itemCode: m.itemCode,
      stage: m.stage,
      ...(m.when?.length ? { when: m.when } : {}),
      ...(text(m.reasonZh) ? { reasonZh: text(m.reasonZh) } : {}),
      ...(text(m.reasonEn) ? { reasonEn: text(m.reasonEn) } : {}),
    })),
    aliases: values.aliases ?? [],
    promisedWorkdays: values.promisedWorkdays,
    milestones: values.milestones ?? [],
  };
}
