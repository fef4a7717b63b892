// A typedoc plugin for the records the packages define as `interface Foo extends z.infer<typeof FooSchema> {}`: each
// field's page text comes from the schema, as the JSON Schema files' descriptions do (the field's doc comment, else
// the description the field's own schema carries with `.meta({ description })`, else that schema's doc comment), and
// the noise of the inference goes: no "Inherited from z.infer.x", no "= ..." initializer.

import { Comment, Converter, ReflectionKind } from 'typedoc';
import ts from 'typescript';

/** The innermost schema an initializer is built on: `DateSchema.optional()` → `DateSchema`, `z.array(IdSchema)` → `IdSchema`. */
function schemaParts(node) {
  const metas = [];
  let current = node;
  for (;;) {
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'meta')
        metas.push(current.arguments[0]);
      // z.array(X) and friends: the schema is their first argument; X.optional(): the schema is what it is called on.
      if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'z'
      )
        current = current.arguments[0] ?? callee;
      else if (ts.isPropertyAccessExpression(callee)) current = callee.expression;
      else return { metas, base: undefined };
    } else if (ts.isParenthesizedExpression(current)) current = current.expression;
    else return { metas, base: ts.isIdentifier(current) ? current : undefined };
  }
}

/** The description a `.meta({ description: '…' })` argument gives. */
function metaDescription(argument) {
  if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
  for (const p of argument.properties)
    if (
      ts.isPropertyAssignment(p) &&
      p.name.getText() === 'description' &&
      ts.isStringLiteralLike(p.initializer)
    )
      return p.initializer.text;
  return undefined;
}

/** What a field's schema says of itself: its own meta description, else the named schema's, else that one's doc comment. */
function describeField(initializer, checker, seen = new Set()) {
  const { metas, base } = schemaParts(initializer);
  for (const meta of metas) {
    const text = metaDescription(meta);
    if (text) return text;
  }
  if (!base || seen.has(base.text)) return undefined;
  seen.add(base.text);
  let symbol = checker.getSymbolAtLocation(base);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const own = describeField(declaration.initializer, checker, seen);
  if (own) return own;
  const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return docs || undefined;
}

/**
 * Whether a field comes from a zod schema's shape: a property of `z.object({ … })` and its kin, or of an object of
 * fields several schemas spread in, whose value is a schema (`z.…` or a `…Schema`).
 */
function schemaField(declaration) {
  if (
    !declaration ||
    !ts.isPropertyAssignment(declaration) ||
    !ts.isObjectLiteralExpression(declaration.parent)
  )
    return false;
  return /^z\s*\.|\b[A-Za-z]+Schema\b/.test(declaration.initializer.getText());
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.[0];
    if (!schemaField(declaration)) return;
    // The inferred type's initializer is the field's schema (`= DateSchema`): not the record's value, so not shown.
    reflection.defaultValue = undefined;
    if (reflection.comment?.summary.some((part) => part.text.trim() !== '')) return;
    const text = describeField(declaration.initializer, context.checker);
    if (text) reflection.comment = new Comment([{ kind: 'text', text }]);
  });
  // A record interface only names its inferred type: its fields are the record's own, not inherited from `z.infer`.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const from = reflection.inheritedFrom;
      if (from && /^z\.(infer|input|output)\b/.test(from.name ?? '')) reflection.inheritedFrom = undefined;
    }
  });
}
