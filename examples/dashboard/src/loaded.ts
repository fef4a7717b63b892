// What the page loads on demand (a standard's cells, a cell's explanation, the board's history): the answer, whether
// it is still coming, or why it failed. Only the latest request's answer shows.
import { type ShallowRef, shallowRef, watch } from 'vue';
import { asLoadError, type LoadError } from './data/load-error.js';

/** An answer on its way. */
export interface Loaded<T> {
  loading: boolean;
  value: T | undefined;
  error: LoadError | undefined;
}

/**
 * Loads whatever `request` names whenever what it reads changes (it returns the load to run, or undefined for
 * nothing to load); an answer to an earlier request is dropped.
 */
export function useLoaded<T>(request: () => (() => Promise<T>) | undefined): ShallowRef<Loaded<T>> {
  const state = shallowRef<Loaded<T>>({ loading: false, value: undefined, error: undefined });
  let turn = 0;
  watch(
    request,
    (load) => {
      const mine = ++turn;
      if (!load) {
        state.value = { loading: false, value: undefined, error: undefined };
        return;
      }
      state.value = { loading: true, value: undefined, error: undefined };
      load().then(
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
