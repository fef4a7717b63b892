// Starts the example signer service (src/signer-service.ts): SIGNER_KEY (at least 16 characters), SIGNER_KEY_ID,
// SIGNER_ALGORITHM (hmac-sm3, the default, or hmac-sha256), SIGNER_TOKEN, HOST and PORT configure it. Point the
// chuangwen service at it with CHUANGWEN_SIGNER_URL, CHUANGWEN_SIGNER_KEY_ID and CHUANGWEN_SIGNER_TOKEN.
//
//   node dist/signer-main.js
import { startSignerService } from './signer-service.js';

const fail = (zh: string, en: string): never => {
  console.error(`${en} / ${zh}`);
  process.exit(1);
};
const key = process.env.SIGNER_KEY ?? '';
const token = process.env.SIGNER_TOKEN ?? '';
const keyId = process.env.SIGNER_KEY_ID ?? 'signer-1';
const algorithm = process.env.SIGNER_ALGORITHM ?? 'hmac-sm3';
if (key.length < 16)
  fail('请设置 SIGNER_KEY（至少 16 个字符）', 'set SIGNER_KEY to a secret of at least 16 characters');
if (token.length < 16)
  fail('请设置 SIGNER_TOKEN（至少 16 个字符）', 'set SIGNER_TOKEN to at least 16 characters');
if (algorithm !== 'hmac-sm3' && algorithm !== 'hmac-sha256')
  fail('SIGNER_ALGORITHM 只能是 hmac-sm3 或 hmac-sha256', 'SIGNER_ALGORITHM is hmac-sm3 or hmac-sha256');
const signer = await startSignerService({
  keys: { [keyId]: { algorithm: algorithm as 'hmac-sm3' | 'hmac-sha256', key } },
  token,
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3100),
});
console.log(`signer service listening on ${signer.url}, key ${keyId} (${algorithm})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void signer.close().then(() => process.exit(0)));
