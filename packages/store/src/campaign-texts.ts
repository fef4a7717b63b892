import type { SqlRunner } from './sql.js';

/**
 * A campaign's large texts, the campaign document and the recorded configuration (megabytes on a district campaign),
 * kept in rows of their own beside the campaign's row, so the row every event moves (its position and last hash) stays
 * a few hundred bytes: SQLite rewrites and reads past a row's every earlier column.
 */
export type CampaignText = 'document' | 'configuration';

/** A campaign's text as stored, or `null` (JSON) where none was ever written. */
export async function readText(q: SqlRunner, campaignId: string, name: CampaignText): Promise<string> {
  const rows = await q.all<{ body: unknown }>(
    'SELECT body FROM chuangwen_campaign_texts WHERE campaign_id = ? AND name = ?',
    [campaignId, name],
  );
  return rows.length === 0 ? 'null' : String(rows[0]!.body);
}

/** Writes a campaign's text in the caller's transaction, replacing what was there. */
export async function writeText(
  q: SqlRunner,
  campaignId: string,
  name: CampaignText,
  body: string,
): Promise<void> {
  await q.run('DELETE FROM chuangwen_campaign_texts WHERE campaign_id = ? AND name = ?', [campaignId, name]);
  await q.run('INSERT INTO chuangwen_campaign_texts (campaign_id, name, body) VALUES (?, ?, ?)', [
    campaignId,
    name,
    body,
  ]);
}
