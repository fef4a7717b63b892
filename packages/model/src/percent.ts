/**
 * A rate (0 to 1) as every page of the library writes it: a percentage to one decimal place at most, `0%`, `66.7%`,
 * `100%`. The ledger workbook, the command's report and the dashboard write a 整改率 this way.
 */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
