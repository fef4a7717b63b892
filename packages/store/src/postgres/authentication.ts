import { Socket } from 'node:net';
import { say } from '../database-messages.js';
import { StoreError } from '../errors.js';

/** Where a PostgreSQL-protocol server is, and who connects: enough to ask how it wants us to authenticate. */
export interface ServerAddress {
  host: string;
  port: number;
  user: string;
  database: string;
}

/**
 * The authentication request a server answers a startup message with: its request code and, for SASL, the mechanisms
 * it offers. Asked on a connection of its own, without TLS, within 3 s; undefined when it cannot be read.
 */
function authenticationRequest(
  address: ServerAddress,
): Promise<{ code: number; payload: Buffer } | undefined> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let buffered = Buffer.alloc(0);
    const done = (value: { code: number; payload: Buffer } | undefined) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(3_000, () => done(undefined));
    socket.once('error', () => done(undefined));
    socket.connect(address.port, address.host, () => {
      const params = Buffer.from(`user\0${address.user}\0database\0${address.database}\0\0`, 'utf8');
      const head = Buffer.alloc(8);
      head.writeInt32BE(8 + params.length, 0);
      head.writeInt32BE(196_608, 4); // protocol 3.0
      socket.write(Buffer.concat([head, params]));
    });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 9) return;
      const length = buffered.readInt32BE(1);
      if (buffered[0] !== 0x52 /* R */ || length < 8 || length > 65_536) return done(undefined);
      if (buffered.length < 1 + length) return;
      done({ code: buffered.readInt32BE(5), payload: buffered.subarray(9, 1 + length) });
    });
  });
}

/** What a request code means, by the servers that send it. */
function methodOf(code: number, payload: Buffer): string | undefined {
  if (code === 10) {
    const offered = payload.toString('latin1').split('\0').filter(Boolean);
    return offered.length > 0 && offered.every((m) => /^[A-Z0-9-]{1,40}$/.test(m))
      ? `SASL ${offered.join(', ')}`
      : 'sha256 (openGauss, GaussDB, Vastbase)';
  }
  if (code === 11) return 'md5 over sha256 (openGauss, GaussDB, Vastbase)';
  if (code === 13) return 'sm3 (openGauss, GaussDB, Vastbase)';
  if (code === 7 || code === 8) return 'GSSAPI';
  if (code === 9) return 'SSPI';
  return undefined;
}

/** Whether node-postgres speaks what a server asked for: cleartext, MD5, or SASL offering SCRAM-SHA-256. */
function spoken(code: number, payload: Buffer): boolean {
  if (code === 0 || code === 3 || code === 5) return true;
  return code === 10 && /^SCRAM-SHA-256(-PLUS)?$/m.test(payload.toString('latin1').split('\0').join('\n'));
}

/** The error for a server asking for a method the driver does not speak: named, with the fix, in both languages. */
function unspoken(asked: { code: number; payload: Buffer } | undefined, said: string): StoreError {
  const method = asked ? methodOf(asked.code, asked.payload) : undefined;
  return new StoreError('connection', say('authenticationUnspoken', { method, code: asked?.code, said }));
}

/**
 * Asks the server, before the driver connects, which authentication it wants: a method node-postgres does not speak
 * would otherwise fail inside the driver (request code 13 even throws where no caller can catch it). Undefined when
 * the driver speaks it, or when the server cannot be asked this way (a socket path, TLS required): the driver then
 * connects as usual.
 */
export async function unspokenBeforeConnecting(
  address: ServerAddress | undefined,
): Promise<StoreError | undefined> {
  if (!address) return undefined;
  const asked = await authenticationRequest(address);
  return asked && !spoken(asked.code, asked.payload) ? unspoken(asked, '') : undefined;
}

/**
 * The error a failed connection is, when the server asked for an authentication method node-postgres does not speak:
 * named, with the request code, and with the fix. Undefined for any other failure.
 */
export async function unspokenAuthentication(
  error: unknown,
  address: ServerAddress | undefined,
): Promise<StoreError | undefined> {
  const said = error instanceof Error ? error.message : String(error);
  if (!/SASL|authenticationOk message type|SCRAM/i.test(said) || !address) return undefined;
  return unspoken(await authenticationRequest(address), said);
}
