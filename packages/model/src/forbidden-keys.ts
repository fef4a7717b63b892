import type { IssueCode } from './issue-codes.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';

/**
 * Bounds of reading untrusted data: no real document nests deeper, holds more values or a longer list (a district's
 * whole record of observations fits), and a hostile one stops early, before any schema walks it.
 */
export const SCAN_LIMITS = Object.freeze({ maxDepth: 64, maxIssues: 100, maxNodes: 20_000_000 });

/** What reading untrusted data gives: a plain copy to validate, or why it cannot be read (each place located). */
export type PlainRead = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

class Stop extends Error {}

/** Whether a thrown value is this reader's own stop, looked at safely: what a getter throws may itself be hostile. */
function isStop(error: unknown): boolean {
  try {
    return error instanceof Stop;
  } catch {
    return false;
  }
}

/**
 * Reads untrusted data once into a plain copy, so no schema ever touches the original: every getter is read once, a
 * proxy's length is read once, shared objects stay shared (and are read once), and anything that is not data (a
 * function, a symbol, a BigInt, a cycle, a revoked proxy, a throwing getter, `__proto__` keys, nesting past the depth
 * limit, more values than the limit) is a located issue instead of a throw or a hang. Every `__proto__` key is
 * reported (up to a hundred) and left out of the copy. Linear in the distinct values it reads.
 */
export function readPlain(input: unknown, limits: typeof SCAN_LIMITS = SCAN_LIMITS): PlainRead {
  const issues: ValidationIssue[] = [];
  const stack: PathSegment[] = [];
  const copies = new Map<object, unknown>();
  const open = new Set<object>();
  let nodes = 0;
  const fail = (code: IssueCode, zh: string, en: string, at: PathSegment[] = [...stack]) => {
    issues.push(issueAt(at, code, { 'zh-CN': zh, en }));
    throw new Stop();
  };
  const copy = (value: unknown): unknown => {
    nodes += 1;
    if (nodes > limits.maxNodes)
      fail('too_big', `数据超过 ${limits.maxNodes} 项`, `more than ${limits.maxNodes} values`);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return value;
    if (value === undefined) return undefined;
    if (typeof value !== 'object')
      return fail('invalid_type', `不是数据（${typeof value}）`, `not data (${typeof value})`);
    const known = copies.get(value);
    if (known !== undefined) return known;
    if (open.has(value)) return fail('invalid_type', '数据存在循环引用', 'the data refers to itself');
    if (stack.length >= limits.maxDepth)
      return fail(
        'too_deep',
        `数据嵌套超过 ${limits.maxDepth} 层`,
        `the data is nested deeper than ${limits.maxDepth} levels`,
      );
    open.add(value);
    let out: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      if (!(length <= limits.maxNodes - nodes))
        fail(
          'too_big',
          `列表长度 ${String(length).slice(0, 20)} 超过上限`,
          `a list of ${String(length).slice(0, 20)} items is too long`,
        );
      const list: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) {
        stack.push(i);
        list[i] = copy(value[i]);
        stack.pop();
      }
      out = list;
    } else {
      const proto = Object.getPrototypeOf(value);
      const record: Record<string, unknown> = proto === null ? Object.create(null) : {};
      for (const key of Object.keys(value)) {
        if (key === '__proto__') {
          issues.push(
            issueAt([...stack, key], 'forbidden_key', {
              'zh-CN': '不允许使用字段名 "__proto__"',
              en: 'the key "__proto__" is not allowed',
            }),
          );
          if (issues.length >= limits.maxIssues) throw new Stop();
          continue;
        }
        stack.push(key);
        const item = copy((value as Record<string, unknown>)[key]);
        stack.pop();
        if (item !== undefined) record[key] = item;
      }
      out = record;
    }
    open.delete(value);
    copies.set(value, out);
    return out;
  };
  try {
    const value = copy(input);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
  } catch (error) {
    if (!isStop(error) || issues.length === 0)
      issues.push(
        issueAt([...stack], 'unreadable_input', {
          'zh-CN': '输入数据无法读取（抛出异常的读取器或已撤销的代理）',
          en: 'the input could not be read (a getter that throws, or a revoked proxy)',
        }),
      );
    return { ok: false, issues };
  }
}

/** The `__proto__` keys and the nesting past the limit in untrusted data, each located (up to a hundred); none for data. */
export function findForbiddenKeys(
  input: unknown,
  limits: typeof SCAN_LIMITS = SCAN_LIMITS,
): ValidationIssue[] {
  const read = readPlain(input, limits);
  return read.ok ? [] : read.issues;
}
