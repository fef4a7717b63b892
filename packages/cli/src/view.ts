// A campaign file read the way every host reads a campaign: through @chuangwen/store's view of a record, so the
// command's report and board export show what the service and the dashboard show for the same campaign.
import type { FrameworkEdition } from '@chuangwen/checklists';
import { minorsFramework } from '@chuangwen/checklists/district';
import type { Campaign } from '@chuangwen/model';
import { type CampaignView, documentView } from '@chuangwen/store';
import { CliError, EXIT_CODES } from './io.js';
import { say } from './messages.js';

/**
 * The view of a campaign file at `asOf`, with the editions the command has: the main one it was given (or the bundled
 * sample), and the bundled companion. An edition it does not have is left out of the view (the board then covers the
 * editions it has); a file whose records do not import ends with exit code 1 and the first problems.
 */
export async function viewOfFile(
  campaign: Campaign,
  framework: FrameworkEdition | undefined,
  asOf: string,
): Promise<CampaignView> {
  const editions = [...(framework ? [framework] : []), minorsFramework];
  const has = (id: string) => editions.some((e) => e.id === id);
  // Without its main edition a campaign has no board: its companions are left out with it.
  const main = campaign.frameworks.find((f) => f.role === 'main');
  const known = main && has(main.editionId) ? campaign.frameworks.filter((f) => has(f.editionId)) : [];
  const read = await documentView({ ...campaign, frameworks: known }, { editions, asOf });
  if (!read.ok)
    throw new CliError(EXIT_CODES.invalid, say('recordsInvalid', { issues: read.issues.slice(0, 3) }));
  return read.view;
}
