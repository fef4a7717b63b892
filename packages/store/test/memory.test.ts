import { describe, expect, it } from 'vitest';
import { IntegrityError, MemoryRecordStore } from '../src/index.js';
import { hasher, newCampaign, OFFICE, send, storeContract } from './contract.js';

storeContract('memory', async () => {
  const store = new MemoryRecordStore();
  const rows = (id: string) => store.rowsOf(id)!;
  return {
    store,
    // Nothing to open again: checking is what reopening a database would do.
    reopen: async () => {
      const problems = await store.check();
      if (problems.length > 0) throw new IntegrityError(problems);
      return store;
    },
    tamper: {
      snapshot: async (id, text) => {
        rows(id).snapshot = text;
      },
      rectification: async (id, rid, text) => {
        rows(id).rectifications.set(rid, text);
      },
      receipt: async (id, key, seq) => {
        const entry = rows(id).entries.get('campaign')![seq]!;
        rows(id).receipts.set(key, {
          ...rows(id).receipts.get(key)!,
          stream: 'campaign',
          seq,
          hash: entry.hash,
        });
      },
      head: async (id, stream, delta) => {
        const head = rows(id).heads.get(stream)!;
        head.seq += delta;
      },
      seal: async (id, stream, seq, seal) => {
        rows(id).entries.get(stream)![seq]!.seal = seal;
      },
      firstFormat: async (id, streams, snapshot) => store.seedFirstFormat(id, streams, snapshot),
    },
    close: () => store.close(),
  };
});

// What only the memory adapter promises: a closed store refuses to work, with a typed error.
describe('the memory adapter', () => {
  it('keeps rows as text a database would, and refuses work once closed', async () => {
    const store = new MemoryRecordStore();
    expect(store.dialect).toBe('memory');
    await newCampaign(store, 'm1');
    await send(store, 'm1', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
    expect(typeof store.rowsOf('m1')!.snapshot).toBe('string');
    await store.close();
    await expect(store.campaigns()).rejects.toMatchObject({ code: 'not_found' });
    expect(hasher.keyed).toBe(true);
  });
});
