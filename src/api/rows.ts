/**
 * Projections return each GraphQL type's own field names (src/query/select/fields.ts),
 * so resolvers receive the generated types. These names remain for the
 * timeline, which projects its figures with src/query/projections.ts.
 */
export type { NodeRef as RefRow, Figure as FigureRow } from './generated/types';
