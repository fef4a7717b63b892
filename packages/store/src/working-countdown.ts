// Counting working days and working hours reads the calendar: this module, and the calendar code behind it, load only
// when a view has a deadline that needs them (see campaign-view.ts), so a page reading a file without one never
// fetches them.
export { timeLimitCountdown } from '@chuangwen/rules';
