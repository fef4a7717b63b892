import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'BOARD_TABLES',
  'DEFAULT_LIMITS',
  'EDITION_META',
  'FRAMEWORK_TABLE',
  'MERGE_KINDS',
  'RECTIFICATION_TABLE',
  'ROUND_TABLE',
  'SITE_TABLE',
  'TASK_TABLE',
  'TEMPLATE_KINDS',
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
  'latestTime',
  'mergeIntoCampaign',
  'mergeRecords',
  'namesInWorkbooks',
  'rectificationSheets',
  'readCompetitionGroup',
  'readWorkbook',
  'rectificationsFromGrid',
  'roundSheets',
  'roundsFromGrid',
  'sitesFromGrid',
  'summarizeBoard',
  'taskCountdown',
  'taskSheets',
  'tasksFromGrid',
  'templateSheets',
  'writeWorkbook',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });
});
