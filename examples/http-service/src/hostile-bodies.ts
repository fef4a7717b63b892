// The worst campaign documents a client can post within the service's limits, one of each kind that used to hold the
// event loop: many invalid records, unknown keys, deep nesting, huge strings. Shared by the test and the benchmark (as `@chuangwen/example-http-service/hostile-bodies`).
import { RECORD_LIMITS } from './intake.js';

/** Bytes in the largest document the service reads (its limit is 8 MiB). */
export const LARGEST = 8 * 1024 * 1024 - 1024;

/** Records each with as many unknown keys as an object may hold (10,000), until the body is full. */
function unknownKeys(): string {
  const record = `{${Array.from({ length: 10_000 }, (_, n) => `"${n.toString(36)}":0`).join(',')}}`;
  const count = Math.floor((LARGEST - 40) / (record.length + 1));
  return `{"schemaVersion":3,"units":[${new Array(count).fill(record).join(',')}]}`;
}

/** Each hostile kind, as the bytes a client posts. */
export function hostileDocuments(): [name: string, body: string][] {
  // Every list at its record limit, each record invalid, until the body is full.
  const lists = Object.entries(RECORD_LIMITS).map(
    ([key, limit]) => `"${key}":[${new Array(limit).fill('{"x":1}').join(',')}]`,
  );
  let invalid = '{"schemaVersion":3';
  for (const list of lists) if (invalid.length + list.length + 2 < LARGEST) invalid += `,${list}`;
  invalid += '}';
  return [
    ['many invalid records', invalid],
    ['unknown keys', unknownKeys()],
    ['deep nesting', `{"units":${'['.repeat(LARGEST / 2 - 20)}${']'.repeat(LARGEST / 2 - 20)}}`],
    // As deep as the limit allows, as many times as fit.
    [
      'nesting to the limit',
      `{"schemaVersion":3,"units":[${new Array(Math.floor(LARGEST / 130)).fill(`${'['.repeat(62)}${']'.repeat(62)}`).join(',')}]}`,
    ],
    // Strings as long as a string may be (200,000 characters), as many as fit, each a unit's name.
    [
      'huge strings',
      `{"schemaVersion":3,"units":[${new Array(Math.floor(LARGEST / 200_020)).fill(`{"name":"${'x'.repeat(199_990)}"}`).join(',')}]}`,
    ],
    [
      'one string past the limit',
      `{"schemaVersion":3,"title":"${'题'.repeat(Math.floor((LARGEST - 64) / 3))}"}`,
    ],
  ];
}
