import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Context } from './context';
import { LIMIT_VARIABLES, type Limits } from './limitSettings';

/** `extensions.limit` of a refusal: which limit, its value, what the request had. */
export interface LimitReport {
  name: 'depth' | 'aliases' | 'tokens' | 'cost' | 'bodySize' | 'timeout';
  max: number;
  found?: number;
}

/** A refusal that names the limit, its value and the variable that changes it. */
export function limitError(report: LimitReport, message: string, code: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit: report, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

/** Depth and aliases from graphql-armor's validation rules, reworded to name their variable. */
export function validationLimits(limits: Limits): ValidationRule[] {
  const reworded =
    (name: 'depth' | 'aliases', max: number, variable: string) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      const found = Number(/found (\d+)/.exec(error.message)?.[1]);
      const message = `${error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '')} (${variable}).`;
      context?.reportError(limitError({ name, max, found }, message, 'GRAPHQL_VALIDATION_FAILED'));
    };
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      // `... on Actor { … }` picks a type, it does not nest data.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reworded('depth', limits.maxDepth, LIMIT_VARIABLES.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reworded('aliases', limits.maxAliases, LIMIT_VARIABLES.maxAliases)],
    },
    maxDirectives: { n: 50 },
    // Tokens are counted by graphql-js's parser (parseOptions.maxTokens), the
    // cost by costPlugin below, suggestions by Apollo's own switch.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules ?? [];
}

/** graphql-js's "Document contains more than N tokens" error, reworded like the other limits. */
export function tokenLimitMessage(message: string, limits: Limits): string | undefined {
  // graphql-js 16 says "more that N tokens".
  if (!/Document contains more tha[nt] \d+ tokens/.test(message)) return undefined;
  return `Token limit of ${limits.maxTokens} exceeded: the document has more tokens (${LIMIT_VARIABLES.maxTokens}).`;
}

const SIZE_ARGUMENTS = ['first', 'limit'];

/** Fields that return whole documents (kilobytes each), priced by GRAPHQL_TEXT_COST. */
const TEXT_FIELDS = new Set(['Article.text']);

/**
 * The types whose lists a size argument already bounds: a field taking
 * `first`/`limit` and returning one object (a connection, a subgraph) sizes
 * that object's lists (`edges`, `nodes`), which then count once per item.
 */
function pagedTypes(schema: GraphQLSchema): Set<string> {
  const paged = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNullableType(field.type);
      if (!isListType(returned) && field.args.some((a) => SIZE_ARGUMENTS.includes(a.name))) paged.add(getNamedType(returned).name);
    }
  }
  return paged;
}

/**
 * The cost of an operation: every object a field returns counts 1, times how
 * many of it there can be. A field's `first`/`limit` argument (or its
 * default) says how many; a list with none is assumed to hold `listCost`
 * items; lists multiply as they nest. Scalars are free (the token limit
 * bounds them) but for an article's full text, which costs `textCost`;
 * introspection is free (bounded by the schema). Every alias is counted as
 * the field it repeats.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  weights: Pick<Limits, 'listCost' | 'textCost'>,
  paged: Set<string> = pagedTypes(schema),
): number {
  const { listCost } = weights;
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const own = TEXT_FIELDS.has(`${type.name}.${field.name}`) ? weights.textCost : isLeafType(getNamedType(field.type)) ? 0 : 1;
    const sizeArgument = field.args.find((a) => SIZE_ARGUMENTS.includes(a.name));
    let times = 1;
    if (sizeArgument) {
      // An explicit null gets the field's default, as the resolvers give it.
      const given = args[sizeArgument.name];
      const size = typeof given === 'number' ? given : sizeArgument.defaultValue;
      times = typeof size === 'number' ? Math.max(1, size) : listCost;
    } else if (isListType(getNullableType(field.type)) && !paged.has(type.name)) times = listCost;
    return times * (own + childComplexity);
  };
  return getComplexity({ schema, query: document, operationName, variables, estimators: [estimator] });
}

/**
 * Refuses an operation over the cost budget before it runs, and reports the
 * cost of every operation in `extensions.cost`.
 */
export function costPlugin(limits: Limits): ApolloServerPlugin<Context> {
  let paged: Set<string> | undefined;
  // Apollo hands the same parsed document for the same query text: its cost is computed once per operation and variables.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          paged ??= pagedTypes(schema);
          const known = costs.get(document) ?? new Map<string, number>();
          const key = JSON.stringify([operationName, request.variables ?? null]);
          try {
            cost = known.get(key) ?? operationCost(schema, document, operationName ?? undefined, request.variables, limits, paged);
            if (known.size < 100) known.set(key, cost);
            costs.set(document, known);
          } catch (error) {
            // Bad variables (execution would refuse them too) or a fragment bomb past the node count.
            const message = error instanceof Error ? error.message : String(error);
            const tooBig = /maximum allowed number of nodes/.test(message);
            throw tooBig
              ? limitError({ name: 'cost', max: limits.maxCost }, `Cost limit of ${limits.maxCost} exceeded: the operation expands to too many fields (${LIMIT_VARIABLES.maxCost}).`, 'COST_LIMIT_EXCEEDED', 400)
              : new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > limits.maxCost) {
            throw limitError(
              { name: 'cost', max: limits.maxCost, found: cost },
              `Cost limit of ${limits.maxCost} exceeded, found ${cost} (${LIMIT_VARIABLES.maxCost}): ask for smaller pages (first/limit) or fewer nested lists.`,
              'COST_LIMIT_EXCEEDED',
              400,
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions ??= {};
          response.body.singleResult.extensions.cost = cost;
        },
      };
    },
  };
}
