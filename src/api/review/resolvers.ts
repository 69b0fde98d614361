import { GraphQLError } from 'graphql';
import { ingestArticle } from '../../extract/ingest';
import { readArticle } from '../../extract/intake';
import { removeArticle } from '../../extract/remove';
import { accept } from '../../review/accept';
import { correct } from '../../review/correct';
import { mergeNodes } from '../../review/merge';
import { reviewQueue } from '../../review/queue';
import { reject } from '../../review/reject';
import { requireAdmin } from '../admin/resolvers';
import type { Context } from '../context';
import { badInput } from '../errors';
import type { Resolvers } from '../generated/types';

/** The review code's refusals, and an article refused at intake or by the checks, as the client's mistake. */
async function asInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && ['ReviewRefused', 'ArticleRefused'].includes(error.name)) throw badInput(error.message);
    if (error instanceof Error && error.name === 'ArticleRejected') throw new GraphQLError(error.message, { extensions: { code: 'ARTICLE_REJECTED' } });
    throw error;
  }
}

const admin = <T>(context: Context, run: () => Promise<T>): Promise<T> => {
  requireAdmin(context);
  return asInput(run);
};

/** Ingestion and review over GraphQL: the same code as `npm run ingest` and `npm run review`. */
export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: (_root, { article }, context) => admin(context, () => reviewQueue(context.db, article)),
  },
  Mutation: {
    ingestArticle: (_root, { input }, context) =>
      admin(context, async () => {
        const { text, ...options } = input;
        const article = readArticle(Buffer.from(text, 'utf8'), {
          id: options.id ?? undefined,
          title: options.title ?? undefined,
          publishedAt: options.publishedAt ?? undefined,
          url: options.url ?? undefined,
          source: options.source ?? undefined,
        });
        const report = await ingestArticle(context.db, article);
        return { ...report, problems: report.problems.map((p) => `${p.stage}: ${p.reason}`) };
      }),
    removeArticle: (_root, { id }, context) =>
      admin(context, async () => {
        const evidence = await removeArticle(context.db, id);
        if (evidence === null) throw badInput(`No article has the id "${id}".`, 'id');
        return { id, evidence };
      }),
    acceptFact: (_root, { id, reviewedBy }, context) => admin(context, () => accept(context.db, id, reviewedBy)),
    rejectFact: (_root, { id, reviewedBy }, context) => admin(context, () => reject(context.db, id, reviewedBy)),
    correctFact: (_root, { id, field, value, reviewedBy }, context) => admin(context, () => correct(context.db, id, field, value, reviewedBy)),
    mergeEntities: (_root, { into, from, reviewedBy }, context) => admin(context, () => mergeNodes(context.db, into, from, reviewedBy)),
  },
};
