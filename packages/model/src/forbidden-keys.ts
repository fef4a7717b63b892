import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';

/** Bounds of the scan over untrusted data: no real document nests deeper, and a hostile one stops early. */
export const SCAN_LIMITS = Object.freeze({ maxDepth: 64, maxIssues: 100 });

/**
 * Finds own `__proto__` keys anywhere in untrusted data, and data nested deeper than any real document. Schemas refuse
 * `__proto__` where they can, but zod records drop it silently; this scan reports each one (up to a hundred) so nothing
 * is lost without a word. One pass over the data, bounded in depth, so hostile input is refused in linear time.
 */
export function findForbiddenKeys(
  input: unknown,
  limits: { maxDepth: number; maxIssues: number } = SCAN_LIMITS,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: PathSegment[] = [];
  // Data built in process may share objects (a DAG); each is scanned once, so the cost stays linear.
  const seen = new WeakSet<object>();
  const walk = (value: object): boolean => {
    if (seen.has(value)) return true;
    seen.add(value);
    if (stack.length >= limits.maxDepth) {
      issues.push(
        issueAt([...stack], 'too_deep', {
          'zh-CN': `数据嵌套超过 ${limits.maxDepth} 层`,
          en: `the data is nested deeper than ${limits.maxDepth} levels`,
        }),
      );
      return false;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          stack.push(i);
          const more = walk(item);
          stack.pop();
          if (!more) return false;
        }
      }
      return true;
    }
    if (Object.hasOwn(value, '__proto__')) {
      issues.push(
        issueAt([...stack, '__proto__'], 'forbidden_key', {
          'zh-CN': '不允许使用字段名 "__proto__"',
          en: 'the key "__proto__" is not allowed',
        }),
      );
      if (issues.length >= limits.maxIssues) return false;
    }
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        stack.push(key);
        const more = walk(item);
        stack.pop();
        if (!more) return false;
      }
    }
    return true;
  };
  if (input !== null && typeof input === 'object') walk(input);
  return issues;
}
