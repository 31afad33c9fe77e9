import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { HotlineKbArticlesTable } from '../../../db/tables/hotline';
import type { Executor } from '../tickets/tickets.repository';

/** SQL of the knowledge base (知识库). */

export type ArticleRow = Selectable<HotlineKbArticlesTable>;

/**
 * Published (or all) articles sharing the most words with the query, best first; without words,
 * the most used. Ranking counts shared distinct words, so the GIN index finds the candidates.
 */
export async function searchArticles(
  db: Executor,
  q: { words: string[]; like: string | null; category?: string; includeDrafts: boolean; limit: number; offset: number },
): Promise<{ items: Array<ArticleRow & { score: number }>; total: number }> {
  let base = db.selectFrom('hotline_kb_articles');
  if (!q.includeDrafts) base = base.where('status', '=', 'published');
  if (q.category) base = base.where('category_code', '=', q.category);
  if (q.words.length) {
    const words = sql.val(q.words);
    base = base.where((eb) =>
      eb.or([eb(sql`tokens`, '&&', sql`${words}::text[]`), ...(q.like ? [eb('title', 'ilike', q.like), eb('question', 'ilike', q.like)] : [])]),
    );
    const score = sql<number>`cardinality(ARRAY(SELECT unnest(tokens) INTERSECT SELECT unnest(${words}::text[])))`;
    const [items, count] = await Promise.all([
      base.selectAll().select(score.as('score')).orderBy('score', 'desc').orderBy('uses', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: count.n };
  }
  const [items, count] = await Promise.all([
    base
      .selectAll()
      .select(sql<number>`0`.as('score'))
      .orderBy('uses', 'desc')
      .orderBy('id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.n };
}

/** One article by id. */
export async function getArticle(db: Executor, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('hotline_kb_articles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a new article. */
export async function insertArticle(db: Executor, values: Insertable<HotlineKbArticlesTable>): Promise<ArticleRow> {
  return db.insertInto('hotline_kb_articles').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The id of the article with this slug, if any. */
export async function findArticleIdBySlug(db: Executor, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('hotline_kb_articles').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** The slugs of every article. */
export async function findArticleSlugs(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('hotline_kb_articles').select('slug').execute()).map((r) => r.slug));
}

/** Inserts articles whose slug is new; returns how many. */
export async function insertMissingArticles(db: Executor, rows: Insertable<HotlineKbArticlesTable>[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await db
    .insertInto('hotline_kb_articles')
    .values(rows)
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .execute();
  return r.length;
}

/** Updates an article if it still has the version the editor saw. */
export async function updateArticle(db: Executor, id: number, version: number, patch: Updateable<HotlineKbArticlesTable>): Promise<ArticleRow | undefined> {
  return db
    .updateTable('hotline_kb_articles')
    .set({ ...patch, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Counts one answer given from the article. */
export async function incrementArticleUse(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('hotline_kb_articles')
    .set({ uses: sql`uses + 1` })
    .where('id', '=', id)
    .execute();
}
