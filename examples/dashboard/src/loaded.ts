// What the page loads on demand (a standard's cells, a cell's explanation, the board's history): the answer, whether
// it is still coming, or why it failed. Only the latest request's answer shows; while the same thing is read again (the
// record moved at the same moment), the answer on screen stays until the new one comes, so a live page does not
// flicker.
import { type ShallowRef, shallowRef, watch } from 'vue';
import { asLoadError, type LoadError } from './data/load-error.js';

/** An answer on its way. */
export interface Loaded<T> {
  loading: boolean;
  value: T | undefined;
  error: LoadError | undefined;
}

/** What to load: what it is (the same key is the same thing read again), and how. */
interface Request<T> {
  key: string;
  load: () => Promise<T>;
}

/**
 * Loads whatever `request` names whenever what it reads changes (undefined: nothing to load); an answer to an earlier
 * request is dropped.
 */
export function useLoaded<T>(request: () => Request<T> | undefined): ShallowRef<Loaded<T>> {
  const state = shallowRef<Loaded<T>>({ loading: false, value: undefined, error: undefined });
  let turn = 0;
  let shown: string | undefined;
  watch(
    request,
    (next) => {
      const mine = ++turn;
      const again = next !== undefined && next.key === shown;
      shown = next?.key;
      if (!next) {
        state.value = { loading: false, value: undefined, error: undefined };
        return;
      }
      state.value = { loading: true, value: again ? state.value.value : undefined, error: undefined };
      next.load().then(
        (value) => {
          if (mine === turn) state.value = { loading: false, value, error: undefined };
        },
        (error: unknown) => {
          if (mine === turn) state.value = { loading: false, value: undefined, error: asLoadError(error) };
        },
      );
    },
    { immediate: true },
  );
  return state;
}
