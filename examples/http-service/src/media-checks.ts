// What the service checks of an uploaded photo before it keeps it: an accepted type, a bounded size, a header that is
// the type's own, and the SHA-256 it is addressed by.
import { createHash } from 'node:crypto';
import type { BilingualText } from '@chuangwen/model';

/** The image types the service accepts, each with how its file begins. */
export const MEDIA_TYPES = {
  'image/jpeg': (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b: Uint8Array) =>
    b.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  'image/webp': (b: Uint8Array) =>
    b.length > 12 &&
    String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
} as const;
/** An accepted image type. */
export type MediaType = keyof typeof MEDIA_TYPES;

/** The largest file accepted by default: a phone photo resized on the device is a few hundred kilobytes. */
export const DEFAULT_MEDIA_LIMIT = 5 * 1024 * 1024;

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** Why an upload cannot be kept, or undefined when it can: the checks a content-addressed store makes on receipt. */
export function checkUpload(
  sha256: string,
  declared: string | undefined,
  bytes: Uint8Array,
  limit: number,
): { status: number; code: string; detail: BilingualText } | undefined {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(type in MEDIA_TYPES))
    return {
      status: 415,
      code: 'unsupported_media_type',
      detail: msg(
        `只接受 JPEG、PNG 或 WebP 图片，收到的是 "${type.slice(0, 60)}"`,
        `only JPEG, PNG or WebP images are accepted, not "${type.slice(0, 60)}"`,
      ),
    };
  if (bytes.length === 0 || bytes.length > limit)
    return {
      status: 413,
      code: 'media_too_large',
      detail: msg(
        `图片应为 1 字节至 ${Math.round(limit / 1024)} KB，请在设备上缩小后上传`,
        `an image is 1 byte to ${Math.round(limit / 1024)} KB: resize it on the device before uploading`,
      ),
    };
  if (!MEDIA_TYPES[type as MediaType](bytes))
    return {
      status: 422,
      code: 'not_an_image',
      detail: msg(`文件头不是 ${type} 图片`, `the file does not begin as a ${type} image does`),
    };
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256)
    return {
      status: 422,
      code: 'hash_mismatch',
      detail: msg(
        `文件的 SHA-256 为 ${actual}，不是地址中的 ${sha256}：文件在传输中损坏或被替换`,
        `the file hashes to ${actual}, not ${sha256} as addressed: it was damaged or replaced on the way`,
      ),
    };
  return undefined;
}
