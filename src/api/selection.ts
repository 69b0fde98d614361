import { type GraphQLResolveInfo, TypeInfo, getNamedType, visit, visitWithTypeInfo } from 'graphql';

/**
 * Does the operation select `field` on `typeName` anywhere (fragments
 * included)? Lets a query skip heavy values, like article texts, that
 * nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, typeName: string, field: string): boolean {
  const typeInfo = new TypeInfo(info.schema);
  let found = false;
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      if (node.name.value === field && getNamedType(typeInfo.getParentType())?.name === typeName) found = true;
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  return found;
}
