import type { Datum } from '@chuangwen/model';

/** A point in a datum: what a site's location and a photo's capture location both are. */
export interface DatumPoint {
  longitude: number;
  latitude: number;
  datum: Datum;
}

// GCJ-02 is WGS-84 shifted by the published obfuscation polynomial on the Krasovsky 1940 ellipsoid, inside China only;
// BD-09 is GCJ-02 rotated and shifted once more. These are the formulas every converter in the field uses.
const KRASOVSKY_A = 6_378_245;
const KRASOVSKY_EE = 0.006693421622965823;
const BAIDU_FACTOR = (Math.PI * 3000) / 180;
const { sin, cos, sqrt, abs, atan2, PI } = Math;

/** The rough box converters treat as China: outside it GCJ-02 equals WGS-84. */
function inChina(longitude: number, latitude: number): boolean {
  return longitude >= 72.004 && longitude <= 137.8347 && latitude >= 0.8293 && latitude <= 55.8271;
}

function shiftLatitude(x: number, y: number): number {
  let out = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  out += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  out += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  out += ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
  return out;
}

function shiftLongitude(x: number, y: number): number {
  let out = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  out += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  out += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  out += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  return out;
}

type LonLat = readonly [number, number];

function wgs84ToGcj02([lon, lat]: LonLat): LonLat {
  if (!inChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180) * PI;
  const magic = 1 - KRASOVSKY_EE * sin(radLat) ** 2;
  const sqrtMagic = sqrt(magic);
  const dLon = (shiftLongitude(lon - 105, lat - 35) * 180) / ((KRASOVSKY_A / sqrtMagic) * cos(radLat) * PI);
  const dLat =
    (shiftLatitude(lon - 105, lat - 35) * 180) /
    (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * PI);
  return [lon + dLon, lat + dLat];
}

/** The inverse has no closed form: step back by the forward shift until it lands within 1e-7 degrees (about 1 cm). */
function gcj02ToWgs84([lon, lat]: LonLat): LonLat {
  if (!inChina(lon, lat)) return [lon, lat];
  let x = lon;
  let y = lat;
  for (let i = 0; i < 30; i++) {
    const [gx, gy] = wgs84ToGcj02([x, y]);
    const dx = gx - lon;
    const dy = gy - lat;
    if (abs(dx) < 1e-7 && abs(dy) < 1e-7) break;
    x -= dx;
    y -= dy;
  }
  return [x, y];
}

function gcj02ToBd09([lon, lat]: LonLat): LonLat {
  const z = sqrt(lon * lon + lat * lat) + 0.00002 * sin(lat * BAIDU_FACTOR);
  const theta = atan2(lat, lon) + 0.000003 * cos(lon * BAIDU_FACTOR);
  return [z * cos(theta) + 0.0065, z * sin(theta) + 0.006];
}

function bd09ToGcj02([lon, lat]: LonLat): LonLat {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = sqrt(x * x + y * y) - 0.00002 * sin(y * BAIDU_FACTOR);
  const theta = atan2(y, x) - 0.000003 * cos(x * BAIDU_FACTOR);
  return [z * cos(theta), z * sin(theta)];
}

/**
 * A point converted to another datum: WGS-84 (GPS), GCJ-02 (most domestic maps) or BD-09 (Baidu). Conversions go
 * through GCJ-02 as the published formulas do; outside China GCJ-02 is WGS-84 itself. Agrees with the open-source
 * converters to within 1e-5 degrees (about a metre).
 */
export function convertDatum(point: DatumPoint, to: Datum): DatumPoint {
  if (point.datum === to) return { longitude: point.longitude, latitude: point.latitude, datum: to };
  const from: LonLat = [point.longitude, point.latitude];
  const gcj =
    point.datum === 'GCJ02' ? from : point.datum === 'BD09' ? bd09ToGcj02(from) : wgs84ToGcj02(from);
  const out = to === 'GCJ02' ? gcj : to === 'BD09' ? gcj02ToBd09(gcj) : gcj02ToWgs84(gcj);
  return { longitude: out[0], latitude: out[1], datum: to };
}

/** The mean radius of the earth, in metres (IUGG). */
const EARTH_RADIUS = 6_371_008.8;

/**
 * The distance in metres between two points on the ground, each in its own datum: both are brought to WGS-84 first,
 * then measured along the great circle (haversine). A site marked on a Baidu map and a phone's GPS fix compare right.
 */
export function distanceMetres(a: DatumPoint, b: DatumPoint): number {
  const p = convertDatum(a, 'WGS84');
  const q = convertDatum(b, 'WGS84');
  const rad = PI / 180;
  const dLat = (q.latitude - p.latitude) * rad;
  const dLon = (q.longitude - p.longitude) * rad;
  const h = sin(dLat / 2) ** 2 + cos(p.latitude * rad) * cos(q.latitude * rad) * sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, sqrt(h)));
}
