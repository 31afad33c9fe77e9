import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/audit';
import { authorize, can } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { AppError, ERR } from '../../../platform/errors';
import { segmentWords } from '../classifier/tokenize';
import { getActiveCategory } from './categories.service';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy } from '../hotline.policy';
import * as repo from './kb.repository';
import { findExistingDepartments, type Executor } from '../tickets/tickets.repository';

/**
 * The knowledge base agents answer from (咨询 answered at first contact) and the public reads:
 * articles searched by jieba words of their title, question and keywords.
 */

export interface Article {
  id: number;
  slug: string;
  title: string;
  question: string;
  answer: string;
  categoryCode: string | null;
  departmentCode: string | null;
  keywords: string[];
  status: 'published' | 'draft';
  uses: number;
  version: number;
  updatedAt: Date;
}

/** The API shape of an article row. */
export function toArticle(r: repo.ArticleRow): Article {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    question: r.question,
    answer: r.answer,
    categoryCode: r.category_code,
    departmentCode: r.department_code,
    keywords: r.keywords,
    status: r.status,
    uses: r.uses,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/** The search words of an article: jieba words of its title and question, and its keywords whole. */
export function articleTokens(a: { title: string; question: string; keywords: readonly string[] }): string[] {
  return [...new Set([...segmentWords(`${a.title} ${a.question}`), ...a.keywords.flatMap((k) => [k.toLowerCase(), ...segmentWords(k)])])];
}

/** Articles for a query (best first), or the most used without one. */
export async function searchKnowledge(db: Executor, q: { text?: string; category?: string; includeDrafts?: boolean; page?: number; pageSize?: number }) {
  const text = q.text?.trim() ?? '';
  const words = text ? [...new Set(segmentWords(text))] : [];
  const like = text.length >= 2 ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const pageSize = q.pageSize ?? 10;
  const r = await repo.searchArticles(db, {
    words,
    like,
    category: q.category,
    includeDrafts: q.includeDrafts ?? false,
    limit: pageSize,
    offset: ((q.page ?? 1) - 1) * pageSize,
  });
  return { items: r.items.map((a) => ({ ...toArticle(a), score: Number(a.score) })), total: r.total };
}

/** One article (drafts only for editors). */
/** Editors (kb.edit) read drafts too; everyone else, staff or public, only published articles. */
function seesDrafts(reader: Actor | null): boolean {
  return !!reader && can(reader, hotlinePolicy, 'kb.edit');
}

/** The knowledge base as `reader` (null: the public) may search it. */
export function searchKnowledgeAs(db: Executor, reader: Actor | null, q: { text?: string; category?: string; page?: number; pageSize?: number }) {
  return searchKnowledge(db, { ...q, includeDrafts: seesDrafts(reader) });
}

/** One article as `reader` may read it (a draft is not found for non-editors). */
export function getArticleAs(db: Executor, reader: Actor | null, id: number): Promise<Article> {
  return getArticle(db, id, { includeDrafts: seesDrafts(reader) });
}

export async function getArticle(db: Executor, id: number, opts: { includeDrafts: boolean }): Promise<Article> {
  const row = await repo.getArticle(db, id);
  if (!row || (row.status === 'draft' && !opts.includeDrafts)) throw new AppError(HOTLINE_ERR.ARTICLE_NOT_FOUND);
  return toArticle(row);
}

export interface ArticleInput {
  slug: string;
  title: string;
  question: string;
  answer: string;
  categoryCode?: string | null;
  departmentCode?: string | null;
  keywords: string[];
  status: 'published' | 'draft';
}

/** Refuses references that do not exist and a slug another article has. */
async function checkReferences(db: Executor, input: { slug?: string; categoryCode?: string | null; departmentCode?: string | null }, self: number | null) {
  if (input.categoryCode) await getActiveCategory(db, input.categoryCode);
  if (input.departmentCode && !(await findExistingDepartments(db, [input.departmentCode])).has(input.departmentCode)) {
    throw new AppError(HOTLINE_ERR.DEPARTMENT_UNKNOWN, { department: input.departmentCode });
  }
  if (input.slug) {
    const owner = await repo.findArticleIdBySlug(db, input.slug);
    if (owner !== undefined && owner !== self) throw new AppError(HOTLINE_ERR.ARTICLE_SLUG_TAKEN, { slug: input.slug });
  }
}

/** An admin adds an article. */
export async function createArticle(db: Kysely<DB>, actor: Actor, input: ArticleInput): Promise<Article> {
  authorize(actor, hotlinePolicy, 'kb.edit');
  await checkReferences(db, input, null);
  const row = await repo.insertArticle(db, {
    slug: input.slug,
    title: input.title,
    question: input.question,
    answer: input.answer,
    category_code: input.categoryCode ?? null,
    department_code: input.departmentCode ?? null,
    keywords: input.keywords,
    tokens: articleTokens(input),
    status: input.status,
    updated_by: actor.id,
  });
  await recordAudit(db, {
    action: 'hotline.kb_created',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'hotline_kb',
    subjectId: String(row.id),
    data: { slug: row.slug },
  });
  return toArticle(row);
}

/** An admin edits an article (optimistic concurrency on its version). */
export async function updateArticle(db: Kysely<DB>, actor: Actor, id: number, input: Partial<ArticleInput> & { version: number }): Promise<Article> {
  authorize(actor, hotlinePolicy, 'kb.edit');
  const current = await repo.getArticle(db, id);
  if (!current) throw new AppError(HOTLINE_ERR.ARTICLE_NOT_FOUND);
  await checkReferences(db, input, id);
  const next = { title: input.title ?? current.title, question: input.question ?? current.question, keywords: input.keywords ?? current.keywords };
  const row = await repo.updateArticle(db, id, input.version, {
    ...(input.slug ? { slug: input.slug } : {}),
    title: next.title,
    question: next.question,
    keywords: next.keywords,
    tokens: articleTokens(next),
    ...(input.answer ? { answer: input.answer } : {}),
    ...(input.categoryCode !== undefined ? { category_code: input.categoryCode } : {}),
    ...(input.departmentCode !== undefined ? { department_code: input.departmentCode } : {}),
    ...(input.status ? { status: input.status } : {}),
    updated_by: actor.id,
  });
  if (!row) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: current.version });
  await recordAudit(db, {
    action: 'hotline.kb_updated',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'hotline_kb',
    subjectId: String(id),
    data: { version: row.version },
  });
  return toArticle(row);
}
