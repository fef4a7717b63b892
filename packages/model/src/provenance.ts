import { z } from 'zod';
import { type BilingualText, DateTimeSchema, Sha256Schema } from './primitives.js';
import { DatumSchema } from './sites.js';

/** Where a photo or video came from on the device: taken with the camera there and then, or picked from the album. */
export const MEDIA_SOURCES = ['camera', 'album'] as const;
/** Where a photo or video came from on the device: the camera (拍摄) or the album (相册). */
export const MediaSourceSchema = z.enum(MEDIA_SOURCES);
/** Where a photo or video came from on the device. */
export type MediaSource = z.infer<typeof MediaSourceSchema>;

/** The most a device's clock may be said to be off, in milliseconds: a year either way. */
const MAX_CLOCK_OFFSET_MS = 366 * 24 * 3_600_000;

/**
 * Where the device was when it captured: a point in the datum the device reported it in (a phone's GPS gives WGS-84;
 * many domestic map SDKs give GCJ-02 or BD-09), with the radius the device vouches for.
 */
export const CaptureLocationSchema = z.strictObject({
  /** Longitude in degrees, east positive. / 经度（度，东经为正） */
  longitude: z.number().min(-180).max(180),
  /** Latitude in degrees, north positive. / 纬度（度，北纬为正） */
  latitude: z.number().min(-90).max(90),
  /** The datum the device reported the point in. / 设备报告坐标所用的坐标系 */
  datum: DatumSchema,
  /** The radius, in metres, the device vouches for (its reported accuracy). / 设备报告的定位精度（米） */
  accuracyMetres: z.number().min(0).max(100_000),
});
/** Where the device was when it captured. */
export interface CaptureLocation extends z.infer<typeof CaptureLocationSchema> {}

/**
 * How a photo or video was captured, as the device recorded it at the moment of capture: the SHA-256 of the bytes it
 * then kept (after any resizing on the device, so the file filed must hash the same), when and where, whether from
 * the camera or the album, and how far the device's clock was off when that was known. The record checks it against
 * the site, the visit and the receipt (`checkProvenance` in `@chuangwen/rules`), so last year's photo from the album
 * does not pass as today's.
 */
export const MediaProvenanceSchema = z.strictObject({
  /**
   * The SHA-256 the device computed over the bytes at capture; the file filed must have the same digest.
   * / 拍摄时设备对文件内容计算的 SHA-256；归档文件的摘要须与之相同
   */
  contentSha256: Sha256Schema,
  /** When it was captured, by the device's clock. / 拍摄时间（以设备时钟为准） */
  capturedAt: DateTimeSchema,
  /**
   * Where the device was, when it had a position; left out when it had none (location refused or unavailable).
   * / 拍摄时设备所在位置；无定位（拒绝授权或无信号）时不填
   */
  location: CaptureLocationSchema.optional(),
  /** Taken with the camera or picked from the album. / 现场拍摄或从相册选取 */
  source: MediaSourceSchema,
  /**
   * How far the device's clock ran ahead of the service's (negative: behind), in milliseconds, when the device
   * measured it; the capture time is read corrected by it.
   * / 设备时钟比服务端快多少毫秒（负数为慢），设备测得时填写；读取拍摄时间时按此校正
   */
  clockOffsetMs: z.int().min(-MAX_CLOCK_OFFSET_MS).max(MAX_CLOCK_OFFSET_MS).optional(),
});
/** How a photo or video was captured, as the device recorded it. */
export interface MediaProvenance extends z.infer<typeof MediaProvenanceSchema> {}

/** The capture time read by the service's clock: the device's time less the clock offset it measured. */
export function correctedCaptureMs(
  provenance: Pick<MediaProvenance, 'capturedAt' | 'clockOffsetMs'>,
): number {
  return Date.parse(provenance.capturedAt) - (provenance.clockOffsetMs ?? 0);
}

/** Labels of the media sources. */
export const MEDIA_SOURCE_LABELS: Record<MediaSource, BilingualText> = {
  camera: { 'zh-CN': '现场拍摄', en: 'Camera' },
  album: { 'zh-CN': '相册选取', en: 'Album' },
};
