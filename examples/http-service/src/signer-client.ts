// A client of a signer service (src/signer-service.ts, or a cryptographic service speaking the same two calls): the
// `ChainSigner` the service's audit chain is sealed through. One HTTP call seals many hashes; a call that fails, times
// out or answers otherwise than asked fails with the signer's own words.
import type { ChainSigner } from '@chuangwen/machine';

/** Where the signer is, the key it seals with (its id, never the key), and the token it expects. */
export interface SignerLocation {
  url: string;
  keyId: string;
  /** The seal's algorithm, as the signer names it; `hmac-sm3` by default. */
  algorithm?: string;
  token: string;
  timeoutMs?: number;
}

/** A signer reached over HTTP: `POST /seal` and `POST /verify`, a bearer token, JSON both ways. */
export function httpSigner(location: SignerLocation): ChainSigner {
  const base = location.url.replace(/\/$/, '');
  const call = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${location.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(location.timeoutMs ?? 5_000),
    });
    const text = await response.text();
    let answer: Record<string, unknown> = {};
    try {
      const read: unknown = JSON.parse(text);
      if (read !== null && typeof read === 'object' && !Array.isArray(read))
        answer = read as Record<string, unknown>;
    } catch {
      answer = {};
    }
    if (!response.ok) {
      const detail = typeof answer.detail === 'string' ? answer.detail : text.slice(0, 200);
      throw new Error(`签名服务答复 ${response.status} / the signer answered ${response.status}: ${detail}`);
    }
    return answer;
  };
  return {
    algorithm: location.algorithm ?? 'hmac-sm3',
    keyId: location.keyId,
    async seal(hashes) {
      const { seals } = await call('/seal', { keyId: location.keyId, hashes });
      if (!Array.isArray(seals)) throw new Error('签名服务的答复中没有封印 / the signer answered no seals');
      return seals as string[];
    },
    async verify(items) {
      const { valid } = await call('/verify', { keyId: location.keyId, items });
      if (!Array.isArray(valid))
        throw new Error('签名服务的答复中没有核验结果 / the signer answered no verdicts');
      return valid.map((v) => v === true);
    },
  };
}
