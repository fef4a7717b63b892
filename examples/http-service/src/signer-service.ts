// A small signer service: it holds the sealing keys, and seals or checks entry hashes for the chuangwen service over
// HTTP, so the key never enters the service's process or its database. It stands in for a certified cryptographic
// device or service (密码机、密码服务), which a deployment that must pass 密评 uses instead: the same two calls, with
// the key inside the certified product. Requests are bounded (1 MiB, 4,096 hashes) and need the bearer token.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A sealing key the service holds, by id. */
interface SigningKey {
  algorithm: 'hmac-sm3' | 'hmac-sha256';
  key: string | Uint8Array;
}

/** What the service is started with. */
export interface SignerServiceOptions {
  keys: Record<string, SigningKey>;
  /** The bearer token callers must present (at least 16 characters). */
  token: string;
  host?: string;
  port?: number;
}

const BODY_LIMIT = 1024 * 1024;
const MAX_HASHES = 4096;
const HASH = /^[0-9a-f]{64}$/;

const problem = (response: ServerResponse, status: number, zh: string, en: string) => {
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(JSON.stringify({ status, title: en, detail: `${en} / ${zh}` }));
};

/** Reads a request body within the limit; undefined when it is larger (the request is answered 413). */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        resolve(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts the signer service; resolves with its URL and a `close`. */
export async function startSignerService(
  options: SignerServiceOptions,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  if (options.token.length < 16)
    throw new RangeError('the token must be at least 16 characters / 令牌至少 16 个字符');
  const keys = new Map(
    Object.entries(options.keys).map(([id, k]) => {
      const bytes = typeof k.key === 'string' ? Buffer.from(k.key) : Buffer.from(k.key);
      if (bytes.length < 16)
        throw new RangeError(`key ${id} is shorter than 16 bytes / 密钥 ${id} 不足 16 字节`);
      const name = k.algorithm === 'hmac-sm3' ? 'sm3' : 'sha256';
      return [id, (hash: string) => createHmac(name, bytes).update(hash).digest('hex')] as const;
    }),
  );
  const expected = Buffer.from(`Bearer ${options.token}`);
  const server = createServer(async (request, response) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return problem(response, 401, '缺少或错误的令牌', 'missing or wrong token');
    if (request.method !== 'POST' || (request.url !== '/seal' && request.url !== '/verify'))
      return problem(response, 404, '只有 POST /seal 与 POST /verify', 'only POST /seal and POST /verify');
    const text = await readBody(request).catch(() => undefined);
    if (text === undefined)
      return problem(response, 413, '请求超过 1 MiB', 'the request is larger than 1 MiB');
    let body: { keyId?: unknown; hashes?: unknown; items?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      return problem(response, 400, '请求不是 JSON', 'the request is not JSON');
    }
    const seal = typeof body?.keyId === 'string' ? keys.get(body.keyId) : undefined;
    if (!seal) return problem(response, 404, '没有该密钥编号', 'no key of that id');
    const list = request.url === '/seal' ? body.hashes : body.items;
    if (!Array.isArray(list) || list.length > MAX_HASHES)
      return problem(response, 400, `每次 1 至 ${MAX_HASHES} 个`, `1 to ${MAX_HASHES} items a call`);
    if (request.url === '/seal') {
      if (!list.every((h) => typeof h === 'string' && HASH.test(h)))
        return problem(
          response,
          400,
          '哈希应为 64 个小写十六进制字符',
          'a hash is 64 lowercase hex characters',
        );
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ seals: list.map((h: string) => seal(h)) }));
    }
    const valid = list.map((item: unknown) => {
      const { hash, seal: given } = (item ?? {}) as { hash?: unknown; seal?: unknown };
      if (typeof hash !== 'string' || !HASH.test(hash) || typeof given !== 'string') return false;
      const right = Buffer.from(seal(hash));
      const other = Buffer.from(given);
      return right.length === other.length && timingSafeEqual(right, other);
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ valid }));
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as { port: number };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
