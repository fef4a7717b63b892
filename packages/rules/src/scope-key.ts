import type { Scope } from '@chuangwen/model';

/** A key for a scope: `site:<id>`, `siteType:<type>`, `unit:<id>` or `jurisdiction`. */
export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return `site:${scope.siteId}`;
    case 'siteType':
      return `siteType:${scope.siteType}`;
    case 'unit':
      return `unit:${scope.unitId}`;
    case 'jurisdiction':
      return 'jurisdiction';
  }
}

/** The scope a key stands for: the inverse of {@link scopeKey}. */
export function scopeOf(key: string): Scope {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const rest = key.slice(colon + 1);
  switch (kind) {
    case 'site':
      return { kind: 'site', siteId: rest };
    case 'siteType':
      return { kind: 'siteType', siteType: rest };
    case 'unit':
      return { kind: 'unit', unitId: rest };
    default:
      return { kind: 'jurisdiction' };
  }
}
