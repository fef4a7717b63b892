// Today's route: the sites assigned to the inspector where evidence is about to lapse (the re-inspection schedule),
// soonest first; when nothing is due, the day's draw of the sampling plan over the assigned sites (the same draw for
// the same day, as the rules' seeded draw gives).
import { drawSites } from '@chuangwen/rules';
import type { FieldData } from './field-data.js';
import type { Person } from './session.js';

/** One stop of the route. */
interface Stop {
  siteId: string;
  /** The standards due there, with the last day to re-check each (none for a drawn site). */
  due: { standardRef: string; recheckBy: string }[];
  /** The earliest re-check day, for ordering. */
  by?: string;
}

/** The route and where it came from. */
export interface Route {
  from: 'schedule' | 'sampling';
  stops: Stop[];
}

/** A day as a number, the seed of the day's draw: 2026-06-15 → 20260615. */
const seedOf = (day: string) => Number(day.replaceAll('-', ''));

/** The inspector's route for a day (YYYY-MM-DD, Asia/Shanghai). */
export function routeFor(data: FieldData, person: Person, day: string): Route {
  const assigned = new Set(person.sites ?? data.sites.map((s) => s.id));
  const stops = new Map<string, Stop>();
  for (const due of data.schedule) {
    if (due.scope.kind !== 'site' || !assigned.has(due.scope.siteId)) continue;
    const stop = stops.get(due.scope.siteId) ?? { siteId: due.scope.siteId, due: [] };
    stop.due.push({ standardRef: due.standardRef, recheckBy: due.recheckBy });
    if (stop.by === undefined || due.recheckBy < stop.by) stop.by = due.recheckBy;
    stops.set(due.scope.siteId, stop);
  }
  if (stops.size > 0)
    return {
      from: 'schedule',
      stops: [...stops.values()].sort(
        (a, b) => (a.by ?? '').localeCompare(b.by ?? '') || a.siteId.localeCompare(b.siteId),
      ),
    };
  const sites = data.sites
    .filter((s) => assigned.has(s.id))
    .map((s) => ({ ...s, selection: 'random' as const }));
  // An edition without quotas draws every assigned site.
  const quotas =
    data.sampling.length > 0
      ? data.sampling
      : [...new Set(sites.map((s) => s.siteType))].map((siteType) => ({ siteType, count: sites.length }));
  const draw = drawSites(sites, quotas, seedOf(day));
  return {
    from: 'sampling',
    stops: draw.drawn.flatMap((d) => d.siteIds.map((siteId) => ({ siteId, due: [] }))),
  };
}
