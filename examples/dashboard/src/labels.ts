// Names of the places and units a campaign document holds, in the current language where the library has one.
import type { Campaign, Scope } from '@chuangwen/model';
import { siteTypeName } from './data/editions.js';
import { t, tx } from './i18n.js';

/** A unit's name, or its id when the document does not list it. */
export function unitName(document: Campaign, id: string | undefined): string {
  if (id === undefined || id === '') return '—';
  return document.units.find((u) => u.id === id)?.name ?? id;
}

/** What a scope covers, in words: a site's name, a unit's, a site type's, or the whole jurisdiction. */
export function scopeName(document: Campaign, scope: Scope | undefined, key = ''): string {
  if (!scope) return key;
  switch (scope.kind) {
    case 'site':
      return document.sites.find((s) => s.id === scope.siteId)?.name ?? scope.siteId;
    case 'unit':
      return unitName(document, scope.unitId);
    case 'siteType':
      return tx(siteTypeName(scope.siteType));
    case 'jurisdiction':
      return t('jurisdiction');
  }
}
