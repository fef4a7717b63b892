import { z } from 'zod';
import type { PathSegment } from './issues.js';
import { type BilingualText, IdSchema, StandardCodeSchema } from './primitives.js';

/** What a reference field points at. */
export const REF_KINDS = [
  'person',
  'unit',
  'site',
  'standard',
  'observation',
  'document',
  'rectification',
  'holder',
  'edition',
  'round',
] as const;
/** What a reference field points at: a person, unit, site, standard, observation, archive document, … */
export type RefKind = (typeof REF_KINDS)[number];

/** The JSON Schema keyword (and zod metadata key) that marks a field as a reference, with its kind as value. */
export const REF_KEYWORD = 'x-chuangwen-ref';

/** The schema, marked as a reference to records of `kind`; the mark shows in the JSON Schema files as well. */
export function refTo<S extends z.ZodType>(schema: S, kind: RefKind): S {
  return schema.meta({ [REF_KEYWORD]: kind }) as S;
}

/** Names of the reference kinds, for messages. */
export const REF_KIND_NAMES: Record<RefKind, BilingualText> = {
  person: { 'zh-CN': '人员', en: 'person' },
  unit: { 'zh-CN': '单位', en: 'unit' },
  site: { 'zh-CN': '点位', en: 'site' },
  standard: { 'zh-CN': '测评标准', en: 'standard' },
  observation: { 'zh-CN': '测评记录', en: 'observation' },
  document: { 'zh-CN': '佐证材料', en: 'archive document' },
  rectification: { 'zh-CN': '整改台账', en: 'rectification' },
  holder: { 'zh-CN': '单位或工作组', en: 'unit or working group' },
  edition: { 'zh-CN': '测评体系版本', en: 'framework edition' },
  round: { 'zh-CN': '测评轮次', en: 'assessment round' },
};

/** Where references sit in documents of a schema: a path of keys, with `*` for any array index or record key. */
export interface ReferencePath {
  path: readonly string[];
  kind: RefKind;
}

const cache = new WeakMap<z.ZodType, ReferencePath[]>();

/**
 * Every place a schema marks a reference ({@link refTo}), found by walking the schema itself, so integrity checks
 * never keep a second list of fields. Variants of a union contribute all their fields.
 */
export function referencePaths(schema: z.ZodType): readonly ReferencePath[] {
  const known = cache.get(schema);
  if (known) return known;
  const out: ReferencePath[] = [];
  const seen = new Set<string>();
  const walk = (s: z.ZodType, path: string[], depth: number): void => {
    if (depth > 32) return;
    const kind = z.globalRegistry.get(s)?.[REF_KEYWORD] as RefKind | undefined;
    if (kind !== undefined) {
      const key = `${path.join('/')}|${kind}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ path, kind });
      }
      return;
    }
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'object':
        for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>))
          walk(field, [...path, key], depth + 1);
        return;
      case 'array':
        walk(def.element as z.ZodType, [...path, '*'], depth + 1);
        return;
      case 'record':
        walk(def.valueType as z.ZodType, [...path, '*'], depth + 1);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
        walk(def.innerType as z.ZodType, path, depth + 1);
        return;
      case 'pipe':
        walk(def.in as z.ZodType, path, depth + 1);
        return;
      case 'union':
        for (const option of def.options as z.ZodType[]) walk(option, path, depth + 1);
        return;
      default:
        return;
    }
  };
  walk(schema, [], 0);
  cache.set(schema, out);
  return out;
}

/**
 * Calls `visit` for every reference a value holds at the given paths, with the id, the record that holds it (the
 * nearest object above, for a field such as `editionId` beside it) and a function that says where it stands (built
 * only when asked, since valid documents never need it).
 */
export function forEachReference(
  value: unknown,
  paths: readonly ReferencePath[],
  visit: (kind: RefKind, id: string, holder: Record<string, unknown>, where: () => PathSegment[]) => void,
): void {
  const stack: PathSegment[] = [];
  const where = () => [...stack];
  for (const { path, kind } of paths) {
    const step = (node: unknown, i: number, holder: Record<string, unknown>): void => {
      if (node === null || typeof node !== 'object') return;
      const here = Array.isArray(node) ? holder : (node as Record<string, unknown>);
      const segment = path[i]!;
      const last = i === path.length - 1;
      const enter = (key: PathSegment, child: unknown) => {
        stack.push(key);
        if (!last) step(child, i + 1, here);
        else if (typeof child === 'string') visit(kind, child, here, where);
        stack.pop();
      };
      if (segment !== '*') {
        if (Object.hasOwn(node, segment)) enter(segment, (node as Record<string, unknown>)[segment]);
      } else if (Array.isArray(node)) {
        for (let index = 0; index < node.length; index++) enter(index, node[index]);
      } else for (const key of Object.keys(node)) enter(key, (node as Record<string, unknown>)[key]);
    };
    step(value, 0, {});
  }
}

/** The id of a person, as a reference. */
export const PersonIdSchema = refTo(IdSchema, 'person');
/** The id of a unit, as a reference. */
export const UnitIdSchema = refTo(IdSchema, 'unit');
/** The id of a site, as a reference. */
export const SiteIdSchema = refTo(IdSchema, 'site');
/** The code of an assessment standard, as a reference (`standardRef` fields). */
export const StandardRefSchema = refTo(StandardCodeSchema, 'standard');
/** The id of an observation, as a reference. */
export const ObservationIdSchema = refTo(IdSchema, 'observation');
/** The id of an archive document, as a reference. */
export const DocumentIdSchema = refTo(IdSchema, 'document');
/** The id of a rectification, as a reference. */
export const RectificationIdSchema = refTo(IdSchema, 'rectification');
/** The id of a unit or a working group that holds a budget line, as a reference. */
export const HolderIdSchema = refTo(IdSchema, 'holder');
/** The id of a framework edition the campaign is assessed against, as a reference. */
export const EditionIdSchema = refTo(IdSchema, 'edition');
/** The id of an assessment round, as a reference. */
export const RoundIdSchema = refTo(IdSchema, 'round');
