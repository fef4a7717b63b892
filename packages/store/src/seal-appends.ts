import { type Append, type ChainHasher, sealQueueOf } from '@chuangwen/machine';

/**
 * The appends with their seals, for a sealed chain: the signer is asked for all of them at once (one call, shared with
 * whatever else this process is sealing), and the store writes each seal with its entry in one transaction, so no
 * stored entry is ever left unsealed. Without a signer, the appends as they are.
 */
export async function sealAppends(appends: readonly Append[], hasher: ChainHasher): Promise<Append[]> {
  const signer = hasher.signer;
  if (!signer) return [...appends];
  const queue = sealQueueOf(signer);
  const seals = await Promise.all(appends.map((a) => queue.seal(a.entry.hash)));
  return appends.map((a, i) => ({ ...a, seal: seals[i] }));
}
