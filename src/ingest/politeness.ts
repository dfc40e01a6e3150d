// Per-host politeness: requests to one host are spaced at least `delayMs` apart, whatever order
// callers ask in. Hosts are independent.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HostThrottle {
  private readonly nextAt = new Map<string, number>();
  private readonly extra = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Raise one host's delay (robots.txt Crawl-delay), never lower it below the default. */
  setHostDelay(host: string, delayMs: number): void {
    this.extra.set(host, Math.max(this.delayMs, delayMs));
  }

  delayFor(host: string): number {
    return this.extra.get(host) ?? this.delayMs;
  }

  /** Wait for this host's turn and book the next one. */
  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + this.delayFor(host));
    // Timers may fire a millisecond or two early by the wall clock: wait out any remainder.
    for (let left = at - now; left > 0; left = at - Date.now()) await sleep(left);
  }
}
