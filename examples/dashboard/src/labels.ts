// Names of the places and units a campaign's configuration holds, in the current language where the library has one.
import { siteTypeCatalogue } from '@chuangwen/checklists/district';
import type { Configuration } from '@chuangwen/machine';
import type { LocalizedText, Scope } from '@chuangwen/model';
import { t, tx } from './i18n.js';

/** The units and sites names are read from: the configuration the record holds now. */
export type Places = Pick<Configuration, 'units' | 'sites'>;

/** A site type's name from the bundled catalogue, or its code when the catalogue does not list it. */
export function siteTypeName(code: string): LocalizedText | string {
  return siteTypeCatalogue.types.find((type) => type.code === code)?.name ?? code;
}

/** A unit's name, or its id when the configuration does not list it. */
export function unitName(places: Places, id: string | undefined): string {
  if (id === undefined || id === '') return '—';
  return places.units.find((u) => u.id === id)?.name ?? id;
}

/** What a scope covers, in words: a site's name, a unit's, a site type's, or the whole jurisdiction. */
export function scopeName(places: Places, scope: Scope | undefined, key = ''): string {
  if (!scope) return key;
  switch (scope.kind) {
    case 'site':
      return places.sites.find((s) => s.id === scope.siteId)?.name ?? scope.siteId;
    case 'unit':
      return unitName(places, scope.unitId);
    case 'siteType':
      return tx(siteTypeName(scope.siteType));
    case 'jurisdiction':
      return t('jurisdiction');
  }
}
