// The audit chain's SHA-256 and HMAC-SHA-256 are the model's, so one implementation serves every package.
export { hmacSha256Hex, sha256Hex } from '@chuangwen/model/internal';
