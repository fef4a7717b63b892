import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'BOARD_TABLES',
  'DEFAULT_LIMITS',
  'EDITION_META',
  'FRAMEWORK_TABLE',
  'HOTLINE_TICKET_TABLE',
  'RECTIFICATION_TABLE',
  'ROUND_TABLE',
  'SITE_TABLE',
  'TASK_TABLE',
  'TEMPLATE_KINDS',
  'TICKET_STEP_TABLE',
  'URBAN_CASE_TABLE',
  'boardSheets',
  'boardSummaryFromGrid',
  'campaignContext',
  'cellRef',
  'columnLetter',
  'exportBoard',
  'exportFramework',
  'exportRectifications',
  'exportRounds',
  'exportTasks',
  'exportTemplate',
  'exportTickets',
  'formatSheetIssue',
  'frameworkFromGrid',
  'frameworkSheets',
  'gridOf',
  'importBoardSummary',
  'importFramework',
  'importRectifications',
  'importRounds',
  'importSites',
  'importTasks',
  'importTicketLedger',
  'importTickets',
  'latestTime',
  'readWorkbook',
  'rectificationSheets',
  'rectificationsFromGrid',
  'roundSheets',
  'roundsFromGrid',
  'sitesFromGrid',
  'summarizeBoard',
  'taskCountdown',
  'taskSheets',
  'tasksFromGrid',
  'templateSheets',
  'ticketLedgerFromGrid',
  'ticketSheets',
  'ticketsFromGrid',
  'writeWorkbook',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });
});
