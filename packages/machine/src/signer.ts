import type { BilingualText } from '@chuangwen/model';
import { inOneLine } from '@chuangwen/model/internal';
import { nodeCrypto } from './hashing.js';
import { say } from './messages.js';
// The queue seals in a browser too: its messages come from the small catalogue of what a record holds.
import { type SignerFault, say as sayOfRecord } from './record-messages.js';
import { hmacSha256Hex } from './sha256.js';
import { hmacSm3Hex } from './sm3.js';

/**
 * A signer outside the library that seals entry hashes with a key it never hands out: a cryptographic device (密码机)
 * or a cryptographic service behind the host. A seal is computed over the entry's hash as its 64 lowercase hex
 * characters (ASCII). It is asked for many hashes in one call, so a remote round trip per event does not set the pace.
 */
export interface ChainSigner {
  /** The seal's algorithm, recorded in each stream it seals: `hmac-sm3`, `hmac-sha256`, or a device's own name. */
  readonly algorithm: string;
  /** The id of the key in the device, recorded with the algorithm (never the key). */
  readonly keyId: string;
  /** The seals of many hashes, in their order. */
  seal(hashes: readonly string[]): Promise<readonly string[]>;
  /** Whether each seal is right; without it the hashes are sealed again and compared (a MAC is deterministic). */
  verify?(items: readonly { hash: string; seal: string }[]): Promise<readonly boolean[]>;
  /** Seals at once: only a signer whose key is in this process (tests, a host without a device) has it. */
  sealNow?(hash: string): string;
}

/** A key held in this process, as a signer: HMAC-SM3 or HMAC-SHA-256 over each hash. For tests and hosts without a device. */
export function localSigner(options: {
  algorithm: 'hmac-sm3' | 'hmac-sha256';
  keyId: string;
  key: string | Uint8Array;
  portable?: boolean;
}): ChainSigner {
  // Copied once, as the chain hasher's key: reusing the buffer afterwards changes no seal.
  const key =
    typeof options.key === 'string' ? new TextEncoder().encode(options.key) : Uint8Array.from(options.key);
  if (key.length < 16) throw new RangeError(inOneLine(say('signingKeyShort')));
  const native = options.portable ? undefined : nodeCrypto;
  const name = options.algorithm === 'hmac-sm3' ? 'sm3' : 'sha256';
  const sealNow = native
    ? (hash: string) => native.createHmac(name, key).update(hash).digest('hex')
    : options.algorithm === 'hmac-sm3'
      ? (hash: string) => hmacSm3Hex(key, hash)
      : (hash: string) => hmacSha256Hex(key, hash);
  return {
    algorithm: options.algorithm,
    keyId: options.keyId,
    sealNow,
    seal: async (hashes) => hashes.map(sealNow),
  };
}

/** How a signer is asked: how many hashes in one call, how many calls at once, and how long a call may take. */
export interface SealBatching {
  /** Default 512. */
  maxBatch?: number;
  /** Default 4: the first requests go out at once; under load, what queues meanwhile goes in the next calls. */
  maxInFlight?: number;
  /** Default 10,000 ms: a call that takes longer fails, so nothing waits for a signer that never answers. */
  timeoutMs?: number;
}

interface Waiting {
  hash: string;
  resolve(seal: string): void;
  reject(error: Error): void;
}

const SEAL = /^[0-9A-Za-z+/=_-]{16,1024}$/;

/** A signer's failure as an error's text: the Chinese, then the English. */
const signerError = (text: BilingualText) => new Error(`${text['zh-CN']} / ${text.en}`);
const failed = (signer: ChainSigner, fault: SignerFault) =>
  signerError(sayOfRecord('signerFailed', { keyId: signer.keyId, fault }));

/**
 * Seals hashes through a signer in batches: requests made while calls are in flight (or in the same turn of the event
 * loop) go out together in the next call. A call that fails, times out or answers with the wrong number of seals fails
 * every request in it, with an error naming the signer.
 */
export class SealQueue {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly timeoutMs: number;

  constructor(
    readonly signer: ChainSigner,
    options: SealBatching = {},
  ) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 512);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 4);
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** The seal of one hash, sent with whatever else is waiting. */
  seal(hash: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ hash, resolve, reject });
      this.schedule();
    });
  }

  /** Whether each seal is right, asked in batches. */
  async verify(items: readonly { hash: string; seal: string }[]): Promise<boolean[]> {
    const out: boolean[] = [];
    for (let i = 0; i < items.length; i += this.maxBatch) {
      const chunk = items.slice(i, i + this.maxBatch);
      const answer = this.signer.verify
        ? await this.bounded(this.signer.verify(chunk))
        : (await this.bounded(this.signer.seal(chunk.map((c) => c.hash)))).map(
            (s, j) => s === chunk[j]!.seal,
          );
      if (!Array.isArray(answer) || answer.length !== chunk.length) throw failed(this.signer, 'results');
      out.push(...answer.map((a) => a === true));
    }
    return out;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      while (this.waiting.length > 0 && this.inFlight < this.maxInFlight) this.send();
    });
  }

  private send(): void {
    const batch = this.waiting.splice(0, this.maxBatch);
    this.inFlight += 1;
    let call: Promise<readonly string[]>;
    try {
      call = this.bounded(this.signer.seal(batch.map((w) => w.hash)));
    } catch (error) {
      call = Promise.reject(error);
    }
    call
      .then((seals) => {
        if (!Array.isArray(seals) || seals.length !== batch.length) throw failed(this.signer, 'seals');
        seals.forEach((seal, i) => {
          if (typeof seal === 'string' && SEAL.test(seal)) batch[i]!.resolve(seal);
          else batch[i]!.reject(failed(this.signer, 'seal'));
        });
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error : failed(this.signer, 'call');
        for (const w of batch) w.reject(reason);
      })
      .finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(signerError(sayOfRecord('signerSilent', { keyId: this.signer.keyId, ms: this.timeoutMs }))),
        this.timeoutMs,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

const queues = new WeakMap<ChainSigner, SealQueue>();

/** The one queue of a signer in this process, so every record and store sealing through it shares its batches. */
export function sealQueueOf(signer: ChainSigner, options?: SealBatching): SealQueue {
  let queue = queues.get(signer);
  if (!queue) {
    queue = new SealQueue(signer, options);
    queues.set(signer, queue);
  }
  return queue;
}
