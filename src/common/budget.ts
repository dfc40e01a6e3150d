// A time budget that analysis code can consult without reading a clock itself: the caller (an edge) makes
// the budget, long loops ask `expired()` now and then and stop with OverBudget, and the caller turns that
// into a "skipped: too slow" note.

export interface Budget {
  expired(): boolean;
}

export const UNLIMITED: Budget = { expired: () => false };

/** Thrown by analysis code that gave up because its budget ran out. */
export class OverBudget extends Error {
  constructor(what: string) {
    super(`${what}: over its time budget`);
    this.name = 'OverBudget';
  }
}

/**
 * Asks the budget only every `every` calls: reading the clock costs more than the loop bodies it guards.
 * Returns a function to call once per loop step; it throws OverBudget when the budget is spent.
 */
export function checkpoint(budget: Budget, what: string, every = 1024): () => void {
  if (budget === UNLIMITED) return () => undefined;
  let steps = 0;
  return () => {
    if (++steps % every === 0 && budget.expired()) throw new OverBudget(what);
  };
}
