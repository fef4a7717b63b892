import type { PlainRead } from './forbidden-keys.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';

/**
 * Bounds of JSON text from outside, checked in one pass over the text before `JSON.parse` builds anything: no real
 * document nests deeper, holds an object with more keys or a longer string; a hostile one stops here, at its first
 * excess, in time linear in the text and with no memory but the nesting stack and the keys of the objects open on it.
 */
export interface JsonTextLimits {
  /** Nesting depth of objects and arrays. */
  maxDepth: number;
  /** Keys of any one object (a record has dozens; a map keyed by standard code a few thousand). */
  maxKeys: number;
  /** Items of any one list. */
  maxItems: number;
  /** Characters of any one string or key, as written (escapes included). */
  maxStringLength: number;
  /** Values and members altogether, counted by the brackets and commas that open and part them. */
  maxValues: number;
  /**
   * Characters of any one key, as written (1,000 when not given): keys are names and ids, and a bound keeps the check
   * for keys written twice linear however the keys are chosen.
   */
  maxKeyLength?: number;
}

/** Generous for any campaign document or framework edition an office writes. */
export const JSON_TEXT_LIMITS: Readonly<JsonTextLimits> = Object.freeze({
  maxDepth: 64,
  maxKeys: 10_000,
  maxItems: 2_000_000,
  maxStringLength: 200_000,
  maxValues: 20_000_000,
  maxKeyLength: 1_000,
});

const OBJECT = 1;
const ARRAY = 2;

/**
 * Parses JSON text from outside: its shape bounded first (depth, keys per object, items per list, string length), each
 * excess a located issue naming where it is, then parsed, a syntax error located by line and column. Never throws.
 */
export function parseJsonText(text: string, limits: Readonly<JsonTextLimits> = JSON_TEXT_LIMITS): PlainRead {
  const found: { duplicate?: ValidationIssue } = {};
  // A limit left out (a caller from plain JavaScript) keeps its default rather than lifting the bound.
  const excess = scan(text, { ...JSON_TEXT_LIMITS, ...limits }, found);
  if (excess) return { ok: false, issues: [excess] };
  try {
    const value: unknown = JSON.parse(text);
    // A key written twice is reported once the text is known to be JSON: a syntax error comes first.
    return found.duplicate ? { ok: false, issues: [found.duplicate] } : { ok: true, value };
  } catch (error) {
    // Node 20's messages carry no position: find the first error ourselves (only ever on text that failed).
    const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'unreadable';
    const where = lineAndColumn(text, syntaxErrorAt(text));
    return {
      ok: false,
      issues: [
        issueAt([], 'invalid_json', {
          'zh-CN': `不是有效的 JSON（第 ${where.line} 行第 ${where.column} 列）：${message}`,
          en: `not valid JSON (line ${where.line}, column ${where.column}): ${message}`,
        }),
      ],
    };
  }
}

const WORDS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The offset of the first syntax error in JSON text, by a small iterative reader (no recursion, any depth). */
function syntaxErrorAt(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: number[] = [];
  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const key = (): boolean => {
    skip();
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        if (c === '{' && !key()) return i;
        stack.push(c === '{' ? OBJECT : ARRAY);
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c !== undefined && WORDS[c]) {
      if (!text.startsWith(WORDS[c]!, i)) return i;
      i += WORDS[c]!.length;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    for (;;) {
      skip();
      const top = stack.at(-1);
      if (top === undefined) return i;
      const d = text[i];
      if (d === ',') {
        i++;
        if (top === OBJECT && !key()) return i;
        break;
      }
      if ((top === OBJECT && d === '}') || (top === ARRAY && d === ']')) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

// Lines end as editors end them: `\n`, `\r\n` or a bare `\r` (JSON allows all three as whitespace).
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/** A key as JSON reads it: escapes decoded, so `"a"` and `"\\u0061"` are the same key. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    // A broken escape: JSON.parse reports it, located, once the scan is done.
    return raw;
  }
}

/** Keys of an open object: a short list while it is small (most are), a set past that. */
const SMALL_OBJECT = 8;

function scan(text: string, limits: Readonly<JsonTextLimits>, found: { duplicate?: ValidationIssue }) {
  const maxKeyLength = limits.maxKeyLength ?? 1_000;
  const kinds: number[] = [];
  const counts: number[] = [];
  const keyAt: number[] = [];
  const keyEnd: number[] = [];
  const keys: (string[] | Set<string> | undefined)[] = [];
  let expectingKey = false;
  let values = 0;
  const tooMany = () =>
    issueAt(path(), 'too_big', {
      'zh-CN': `数据项超过 ${limits.maxValues} 个`,
      en: `more than ${limits.maxValues} values altogether`,
    });
  const path = (): PathSegment[] =>
    kinds.map((kind, level) => {
      if (kind === ARRAY) return counts[level]!;
      // Whole, so a host can follow the pointer; only a key refused for its length is cut, at the limit.
      return keyText(text, keyAt[level]!, keyEnd[level]!).slice(0, maxKeyLength);
    });
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i + 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else i++;
      }
      if (i - start > limits.maxStringLength)
        return issueAt(path(), 'too_big', {
          'zh-CN': `文本长 ${i - start} 个字符，超过上限 ${limits.maxStringLength}`,
          en: `a text of ${i - start} characters, more than the limit of ${limits.maxStringLength}`,
        });
      const top = kinds.length - 1;
      if (expectingKey && kinds[top] === OBJECT) {
        keyAt[top] = start;
        keyEnd[top] = i;
        expectingKey = false;
        if (++counts[top]! > limits.maxKeys)
          return issueAt(path().slice(0, -1), 'too_big', {
            'zh-CN': `对象的字段超过 ${limits.maxKeys} 个`,
            en: `an object with more than ${limits.maxKeys} keys`,
          });
        if (i - start > maxKeyLength)
          return issueAt(path(), 'too_big', {
            'zh-CN': `字段名长 ${i - start} 个字符，超过上限 ${maxKeyLength}`,
            en: `a key of ${i - start} characters, more than the limit of ${maxKeyLength}`,
          });
        // A key written twice is read as its last value here and maybe as its first elsewhere (a gateway, a Java
        // back end): what one side checks would not be what the other stores, so the text is refused.
        if (!found.duplicate) {
          const key = keyText(text, start, i);
          const seen = keys[top];
          if (seen === undefined) keys[top] = [key];
          else if (Array.isArray(seen) ? seen.includes(key) : seen.has(key)) {
            const where = lineAndColumn(text, start - 1);
            const quoted = JSON.stringify(key.slice(0, 100));
            found.duplicate = issueAt(path(), 'duplicate_key', {
              'zh-CN': `同一对象中字段 ${quoted} 出现了两次（第 ${where.line} 行第 ${where.column} 列）`,
              en: `the key ${quoted} appears twice in one object (line ${where.line}, column ${where.column})`,
            });
          } else if (!Array.isArray(seen)) seen.add(key);
          else if (seen.length < SMALL_OBJECT) seen.push(key);
          else keys[top] = new Set(seen).add(key);
        }
      }
    } else if (c === 123 || c === 91) {
      if (++values > limits.maxValues) return tooMany();
      if (kinds.length >= limits.maxDepth)
        return issueAt(path(), 'too_deep', {
          'zh-CN': `嵌套超过 ${limits.maxDepth} 层`,
          en: `nested deeper than ${limits.maxDepth} levels`,
        });
      kinds.push(c === 123 ? OBJECT : ARRAY);
      counts.push(0);
      keyAt.push(0);
      keyEnd.push(0);
      keys.push(undefined);
      expectingKey = c === 123;
    } else if (c === 44) {
      if (++values > limits.maxValues) return tooMany();
      const top = kinds.length - 1;
      if (kinds[top] === OBJECT) expectingKey = true;
      else if (kinds[top] === ARRAY && ++counts[top]! >= limits.maxItems)
        return issueAt(path().slice(0, -1), 'too_big', {
          'zh-CN': `列表超过 ${limits.maxItems} 项`,
          en: `a list of more than ${limits.maxItems} items`,
        });
    } else if (c === 125 || c === 93) {
      kinds.pop();
      counts.pop();
      keyAt.pop();
      keyEnd.pop();
      keys.pop();
      expectingKey = false;
    }
  }
  return undefined;
}
