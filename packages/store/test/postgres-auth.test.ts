// A server that asks for an authentication method node-postgres does not speak, as openGauss, GaussDB and Vastbase do
// (request code 10 for their sha256, 13 for sm3): no such server runs here, so a stand-in answers the startup message
// with their request, byte for byte as they send it, and the real driver meets it.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../src/index.js';
import { openPostgresStore } from '../src/postgres/index.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Listens on a free port and answers every startup message with an authentication request of `code`. */
function asking(code: number, payload: Buffer): Promise<number> {
  server = createServer((socket) => {
    socket.once('data', () => {
      const head = Buffer.alloc(9);
      head.write('R', 0, 'latin1');
      head.writeInt32BE(8 + payload.length, 1);
      head.writeInt32BE(code, 5);
      socket.end(Buffer.concat([head, payload]));
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
  );
}

/** openGauss's sha256 request: the stored method, a 64-character random salt, an 8-character token, an iteration count. */
const openGaussSha256 = () => {
  const out = Buffer.alloc(4 + 64 + 8 + 4);
  out.writeInt32BE(2, 0);
  out.write('9f'.repeat(32), 4, 'latin1');
  out.write('a1b2c3d4', 68, 'latin1');
  out.writeInt32BE(10_000, 76);
  return out;
};

describe('a server asking for an authentication method node-postgres does not speak', () => {
  it.each([
    [
      13,
      Buffer.concat([
        Buffer.from('9f'.repeat(32), 'latin1'),
        Buffer.from('a1b2c3d4', 'latin1'),
        Buffer.alloc(4),
      ]),
      'sm3',
    ],
    [10, openGaussSha256(), 'sha256'],
  ])('names request code %i (%s) and how to fix it, in both languages', async (code, payload, method) => {
    const port = await asking(code, payload);
    const error = await openPostgresStore(`postgres://gov:secret@127.0.0.1:${port}/records`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'connection',
      detail: {
        en: expect.stringContaining(`${method} (openGauss, GaussDB, Vastbase) (request code ${code})`),
        'zh-CN': expect.stringContaining('password_encryption_type = 1'),
      },
    });
    expect((error as StoreError).detail.en).toContain('pg_hba.conf');
  });

  it('names the SASL mechanisms a server offers when none is one the driver speaks', async () => {
    const port = await asking(10, Buffer.from('SCRAM-SHA-512\0\0', 'latin1'));
    await expect(openPostgresStore(`postgres://gov:secret@127.0.0.1:${port}/records`)).rejects.toMatchObject({
      code: 'connection',
      detail: { en: expect.stringContaining('SASL SCRAM-SHA-512 (request code 10)') },
    });
  });
});
