// Calls to the service through the page's gateway (/api), as the person signed in: the gateway sets the identity
// headers the service trusts from the person the app names. Every answer also tells how far this device's clock is
// off the service's (its Date header), which photos record.
import { read, write } from './idb.js';

/** A call that reached the service: its status and its body (JSON, or nothing). */
export interface Answer {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** The call did not reach the service (no network, the gateway down): try again later. */
export class Unreachable extends Error {}

/** How far this device's clock runs ahead of the service's, in milliseconds, when measured (the Date header). */
let offset: number | undefined;
void read<number>('kept', 'clockOffsetMs').then((kept) => {
  offset ??= kept;
});

/** The device's clock offset as last measured, if ever. */
export function clockOffsetMs(): number | undefined {
  return offset;
}

function measure(response: Response, sentAt: number): void {
  const date = response.headers.get('date');
  if (!date) return;
  // The Date header counts whole seconds: read it as the middle of its second, at the middle of the round trip.
  const server = Date.parse(date) + 500;
  const local = (sentAt + Date.now()) / 2;
  if (Number.isNaN(server)) return;
  offset = Math.round((local - server) / 1000) * 1000;
  void write('kept', 'clockOffsetMs', offset);
}

/** Calls the service as `user`; throws {@link Unreachable} when the call did not get there. */
export async function call(
  user: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options: { json?: unknown; bytes?: ArrayBuffer; type?: string; key?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'x-field-user': user };
  if (options.key) headers['idempotency-key'] = options.key;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.bytes) {
    headers['content-type'] = options.type ?? 'application/octet-stream';
    body = options.bytes;
  }
  const sentAt = Date.now();
  let response: Response;
  try {
    response = await fetch(`./api${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  } catch (error) {
    throw new Unreachable(String(error));
  }
  // A gateway with no service behind it answers 502/504: as unreachable as no network.
  if (response.status === 502 || response.status === 504) throw new Unreachable(`gateway ${response.status}`);
  measure(response, sentAt);
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return {
    status: response.status,
    body: parsed,
    replayed: response.headers.get('idempotent-replayed') === 'true',
  };
}
