import type { Database } from '../../neo4j/database';
import { cypherFile } from '../../neo4j/cypherFiles';
import type { ArticleView } from '../generated/types';
import { notFound } from './bounds';

/** An article's text and the facts it states, in one query. */
export async function readArticleView(db: Database, id: string, curatedOnly = false): Promise<ArticleView> {
  const [row] = await db.read(cypherFile('graph/article-view.cypher'), { id, curatedOnly });
  if (!row) throw notFound(`No article has the id "${id}"`, 'id');
  return row as unknown as ArticleView;
}
