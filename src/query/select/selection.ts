import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
  Kind,
  parse,
  isAbstractType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql';

interface Context {
  /** Tells which abstract types (Node, Entity) a type belongs to; without it only exact type conditions apply. */
  schema?: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** The root field asked for curated facts only: it holds for every level below it. */
  curatedOnly?: boolean;
}

export interface Field {
  name: string;
  selection: Selection;
}

/**
 * What a client selected below one field: fragments applied, @skip/@include
 * honoured, the same field under several aliases merged (no nested field
 * takes arguments, so one projection serves them all). Fields come sorted by
 * name, so the same selection written in another order gives the same Cypher.
 */
export class Selection {
  constructor(
    private readonly sets: readonly SelectionSetNode[],
    private readonly context: Context,
  ) {}

  /**
   * Whether the root field asked for curated facts only (`curatedOnly`): then
   * every list, reference and link projected below it leaves extracted facts out.
   */
  get curatedOnly(): boolean {
    return this.context.curatedOnly === true;
  }

  /** The same selection, limited to curated facts at every level when `curatedOnly` is true. */
  onlyCurated(curatedOnly: boolean | null | undefined): Selection {
    return new Selection(this.sets, { ...this.context, curatedOnly: curatedOnly === true });
  }

  /** The fields selected on an object of GraphQL type `type`. */
  fields(type: string): Field[] {
    const byName = new Map<string, SelectionSetNode[]>();
    const visit = (selections: readonly SelectionNode[]): void => {
      for (const node of selections) {
        if (!this.included(node)) continue;
        if (node.kind === Kind.FIELD) {
          const name = node.name.value;
          if (name.startsWith('__')) continue; // __typename: graphql-js answers it
          const sets = byName.get(name) ?? [];
          if (node.selectionSet) sets.push(node.selectionSet);
          byName.set(name, sets);
        } else if (node.kind === Kind.INLINE_FRAGMENT) {
          if (!node.typeCondition || this.applies(node.typeCondition.name.value, type)) visit(node.selectionSet.selections);
        } else {
          const fragment = this.context.fragments[node.name.value];
          if (fragment && this.applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet.selections);
        }
      }
    };
    for (const set of this.sets) visit(set.selections);
    return [...byName.keys()].sort().map((name) => ({ name, selection: new Selection(byName.get(name)!, this.context) }));
  }

  /** Whether `field` is selected on `type`. */
  has(type: string, field: string): boolean {
    return this.fields(type).some((f) => f.name === field);
  }

  /** The selection below `field` on `type` (empty when it is not selected). */
  below(type: string, field: string): Selection {
    return this.fields(type).find((f) => f.name === field)?.selection ?? new Selection([], this.context);
  }

  private applies(condition: string, type: string): boolean {
    if (condition === type) return true;
    const schema = this.context.schema;
    const abstract = schema?.getType(condition);
    const object = schema?.getType(type);
    return !!schema && isAbstractType(abstract) && isObjectType(object) && schema.isSubType(abstract, object);
  }

  private included(node: SelectionNode): boolean {
    for (const directive of node.directives ?? []) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') continue;
      const argument = directive.arguments?.find((a) => a.name.value === 'if');
      const value = argument ? valueFromASTUntyped(argument.value, this.context.variables) : undefined;
      if (name === 'skip' && value === true) return false;
      if (name === 'include' && value !== true) return false;
    }
    return true;
  }
}

/** The selection of the field a resolver resolves (all its merged occurrences). */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues' | 'schema'>): Selection {
  const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return new Selection(sets, { schema: info.schema, fragments: info.fragments, variables: info.variableValues });
}

/**
 * A selection written as GraphQL, e.g. `{ totalCount }`, with its fragments
 * after it: for callers that are not resolvers (plan warming, benchmarks, tests).
 */
export function selectionFromText(text: string, variables: Record<string, unknown> = {}, schema?: GraphQLSchema): Selection {
  const document = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let set: SelectionSetNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    else if (definition.kind === Kind.OPERATION_DEFINITION) set ??= definition.selectionSet;
  }
  return new Selection(set ? [set] : [], { schema, fragments, variables });
}
