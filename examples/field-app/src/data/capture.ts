// A photo as the device captures it: resized on the device (a phone's 4000-pixel photo becomes a JPEG of at most
// 1600 pixels), hashed (SHA-256 of exactly the bytes that will be uploaded), and stamped with the time and the position
// the device has at that moment, whether it came from the camera or the album, and how far the device's clock is off.
import type { MediaProvenance } from '@chuangwen/model';
import { clockOffsetMs } from './api.js';

/** The longest side of an uploaded photo, in pixels. */
const MAX_SIDE = 1600;
/** A camera photo is one the device made just now; an older file is from the album, whatever button chose it. */
const FRESH_MS = 5 * 60_000;

/** A captured photo, ready to queue. */
export interface CapturedPhoto {
  sha256: string;
  type: 'image/jpeg';
  bytes: ArrayBuffer;
  /** A small preview, as a data URL. */
  preview: string;
  provenance: MediaProvenance;
}

/** The device's position now, or undefined when it has none (location refused, no signal, too slow). */
function position(): Promise<GeolocationPosition | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(resolve, () => resolve(undefined), {
      enableHighAccuracy: true,
      timeout: 15_000,
      // Where the phone is now, not where it was a minute ago: the photo is placed by it.
      maximumAge: 0,
    }),
  );
}

async function hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Draws the image at most `MAX_SIDE` pixels long, as a JPEG. */
async function resized(file: Blob): Promise<{ bytes: ArrayBuffer; preview: string }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the photo could not be encoded'))),
      'image/jpeg',
      0.82,
    ),
  );
  const thumb = document.createElement('canvas');
  const t = Math.min(1, 160 / Math.max(canvas.width, canvas.height));
  thumb.width = Math.max(1, Math.round(canvas.width * t));
  thumb.height = Math.max(1, Math.round(canvas.height * t));
  thumb.getContext('2d')!.drawImage(canvas, 0, 0, thumb.width, thumb.height);
  return { bytes: await blob.arrayBuffer(), preview: thumb.toDataURL('image/jpeg', 0.7) };
}

/** Captures a photo chosen with the camera button (`camera`) or the album button. */
export async function capturePhoto(file: File, chosenWith: 'camera' | 'album'): Promise<CapturedPhoto> {
  const now = Date.now();
  const [image, fix] = await Promise.all([resized(file), position()]);
  // Fresh: written in the last few minutes. A time ahead of now is not fresh, it is a file with a wrong date.
  const age = now - file.lastModified;
  const fresh = age >= 0 && age <= FRESH_MS;
  const source = chosenWith === 'camera' && fresh ? 'camera' : 'album';
  const offset = clockOffsetMs();
  const provenance: MediaProvenance = {
    contentSha256: await hex(image.bytes),
    // A camera photo was taken now; an album photo when its file was last written.
    capturedAt: new Date(source === 'camera' ? now : file.lastModified).toISOString(),
    source,
    ...(fix
      ? {
          location: {
            longitude: fix.coords.longitude,
            latitude: fix.coords.latitude,
            // What a browser's geolocation reports is WGS-84.
            datum: 'WGS84' as const,
            accuracyMetres: Math.round(fix.coords.accuracy),
          },
        }
      : {}),
    ...(offset === undefined ? {} : { clockOffsetMs: offset }),
  };
  return {
    sha256: provenance.contentSha256,
    type: 'image/jpeg',
    bytes: image.bytes,
    preview: image.preview,
    provenance,
  };
}
