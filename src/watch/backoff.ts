// How long a failing feed waits before its next poll: exponential in the failures in a row,
// capped, with jitter so that many feeds failing together (one host down) do not retry in step.

export interface BackoffPolicy {
  /** Wait after the first failure, before jitter. */
  baseMs: number;
  /** Longest wait, before jitter. */
  maxMs: number;
}

/**
 * The wait after `failures` (≥ 1) failures in a row: min(max, base·2^(failures−1)), of which the
 * upper half is random ("equal jitter"). Consecutive waits therefore never shrink until the cap:
 * the k-th lies in [e/2, e) and the next in [e, 2e).
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
  const steps = Math.max(0, Math.floor(failures) - 1);
  // 2^steps overflows to Infinity for huge counts; min() still caps it.
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(steps, 1024));
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(exponential / 2 + (exponential / 2) * r);
}

export { seededRandom } from '../common/random.js';
