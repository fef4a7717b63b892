// The service's audit keys, as configuration: the key new entries are chained with (HMAC-SHA-256 of the first format,
// or an algorithm and key id), the earlier keys a record moved from, and an optional signer service that seals each
// entry. Plain data, so the worker thread builds the same hasher from it.
import { type ChainAlgorithm, type ChainHasher, chainHasher, keyring } from '@chuangwen/machine';
import { httpSigner, type SignerLocation } from './signer-client.js';

/** One audit key: the key, and for a key of the current format its algorithm and id. */
interface AuditKey {
  key: string;
  algorithm?: ChainAlgorithm;
  keyId?: string;
}

/** The service's audit configuration. */
export interface AuditConfig extends AuditKey {
  /** Keys a record moved from, to verify what was written with them. */
  earlier?: AuditKey[];
  /** A signer service that seals each entry (then the chain links by SM3 and `key` verifies what came before). */
  signer?: SignerLocation;
}

const hasherOfKey = (k: AuditKey) =>
  chainHasher(k.key, {
    ...(k.algorithm ? { algorithm: k.algorithm } : {}),
    ...(k.keyId ? { keyId: k.keyId } : {}),
  });

/** The keyring the configuration describes: the signer's sealed chain, or the key's, with every earlier key. */
export function hasherOf(config: AuditConfig): ChainHasher {
  const own = hasherOfKey(config);
  const earlier = (config.earlier ?? []).map(hasherOfKey);
  return config.signer
    ? keyring(chainHasher(undefined, { signer: httpSigner(config.signer) }), own, ...earlier)
    : keyring(own, ...earlier);
}

/** The configuration from the environment (CHUANGWEN_AUDIT_*, CHUANGWEN_SIGNER_*); a message for what is wrong. */
export function auditFromEnvironment(
  env: NodeJS.ProcessEnv,
): AuditConfig | { error: { zh: string; en: string } } {
  const key = env.CHUANGWEN_AUDIT_KEY;
  if (key === undefined || key.length < 16)
    return {
      error: {
        zh: '请设置审计密钥 CHUANGWEN_AUDIT_KEY（至少 16 个字符）。',
        en: 'Set CHUANGWEN_AUDIT_KEY to a secret of at least 16 characters (32 random bytes is best).',
      },
    };
  const config: AuditConfig = { key };
  if (env.CHUANGWEN_AUDIT_ALGORITHM) config.algorithm = env.CHUANGWEN_AUDIT_ALGORITHM as ChainAlgorithm;
  if (env.CHUANGWEN_AUDIT_KEY_ID) config.keyId = env.CHUANGWEN_AUDIT_KEY_ID;
  if (env.CHUANGWEN_AUDIT_EARLIER_KEYS) {
    try {
      const earlier: unknown = JSON.parse(env.CHUANGWEN_AUDIT_EARLIER_KEYS);
      if (!Array.isArray(earlier)) throw new TypeError('not a list');
      config.earlier = earlier as AuditKey[];
    } catch {
      return {
        error: {
          zh: 'CHUANGWEN_AUDIT_EARLIER_KEYS 应为 JSON 列表：[{"key":"…","algorithm":"hmac-sha256"}]',
          en: 'CHUANGWEN_AUDIT_EARLIER_KEYS is a JSON list: [{"key":"…","algorithm":"hmac-sha256"}]',
        },
      };
    }
  }
  if (env.CHUANGWEN_SIGNER_URL)
    config.signer = {
      url: env.CHUANGWEN_SIGNER_URL,
      keyId: env.CHUANGWEN_SIGNER_KEY_ID ?? 'signer-1',
      token: env.CHUANGWEN_SIGNER_TOKEN ?? '',
      ...(env.CHUANGWEN_SIGNER_ALGORITHM ? { algorithm: env.CHUANGWEN_SIGNER_ALGORITHM } : {}),
    };
  try {
    hasherOf(config);
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    return { error: { zh: `审计密钥配置有误：${said}`, en: `the audit keys are misconfigured: ${said}` } };
  }
  return config;
}
