import type { UrbanCaseKind } from '@chuangwen/model';

/** Whose holiday schedule: the national one (no label), or a layer's, by its label. */
const whose = (layer: string | undefined) => (layer === undefined ? 'national' : `"${layer}"`);

/**
 * The messages of the ledger in English: tickets and cases read into it, time limits and the working-day calendar they
 * are counted on, and the instants and numbers those functions refuse. The other languages are typed by it
 * (`ledger-messages.zh-CN.ts`).
 */
export const en = {
  // Tickets and cases.
  notATicketList: (p: { max: number }) => `expected a list of at most ${p.max} tickets`,
  conflictingTicket: (p: { number: string; first: number; second: number }) =>
    `ticket ${p.number} is given twice with different content (items ${p.first} and ${p.second})`,
  ticketCancelled: () => 'the ticket was cancelled; it is not a problem for the ledger',
  caseNotFiled: () => 'the case was never filed; it is not a problem for the ledger',
  unknownCategory: (p: { written: string; table: string }) =>
    `the category "${p.written}" is not in the table "${p.table}"`,
  unknownMainClass: (p: { written: string; table: string; kind: UrbanCaseKind }) =>
    `the main class "${p.written}" is not among the ${p.kind}s of the table "${p.table}"`,
  unknownUnit: (p: { written: string }) =>
    `the unit "${p.written}" is not on the list; add it, or the name as an alias, to the campaign`,
  ambiguousUnit: (p: { written: string; unitIds: readonly string[] }) =>
    `the unit "${p.written}" could be any of: ${p.unitIds.join(', ')}`,
  stepBeforeReport: () => 'this step is dated before the problem was received (reported)',
  invalidRecord: (p: { path: string | undefined }) =>
    `the ledger record made from the ticket is invalid at ${p.path}`,
  // Time limits and the calendar.
  noDeadlineToExtend: () => 'there is no deadline to extend: hand the problem over with a deadline first',
  extensionNotLater: (p: { until: string; dueDate: string | undefined }) =>
    `the new last day ${p.until} is not after the deadline in force, ${p.dueDate}`,
  extensionGivesNoTime: () => 'the extension gives no more time',
  noCalendar: () =>
    'there is no working-day calendar, so a limit in working days or hours cannot be counted; load one first (the State Council holiday schedule and any local days)',
  holidaysNotLoaded: (p: { layer: string | undefined; year: number; date: string }) =>
    `the ${whose(p.layer)} holiday schedule for ${p.year} is not loaded, so whether ${p.date} is a working day is unknown; load that year's data`,
  holidaysNotPublished: (p: { layer: string | undefined; year: number; date: string }) =>
    `the ${whose(p.layer)} holiday schedule for ${p.year} is not published yet (the notice usually comes late in the year before), so whether ${p.date} is a working day is unknown`,
  noOfficeHours: () =>
    'the calendar has no office hours, so limits in working hours cannot be counted; set officeHours',
  limitTooFar: (p: { date: string }) =>
    `the limit reaches more than ten years beyond ${p.date}; it is not counted`,
  notWholeDays: (p: { days: number }) => `not a whole number of days: ${p.days}`,
  notHours: (p: { hours: number }) => `not a number of hours: ${p.hours}`,
  unreadableInstant: (p: { shown: string }) =>
    `unreadable instant ${p.shown}: expected an ISO date (2026-04-01) or an instant with an offset (2026-04-01T09:00:00+08:00)`,
};
