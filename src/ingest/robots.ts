// robots.txt, fetched once per origin and consulted before every request (RFC 9309).
// A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network error) means
// "assume complete disallow", as the RFC asks, with a message saying how to override.
import robotsParserModule from 'robots-parser';

// The package is CommonJS whose typings describe an ES default export; at run time the import is
// the function itself (Node) or carries it as `default` (bundlers). Accept both.
type RobotsParser = typeof robotsParserModule.default;
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function' ? (robotsParserModule as RobotsParser) : robotsParserModule.default;

export class RobotsRefusal extends Error {}

/** What the policy needs to get a robots.txt: its status and body text, or a thrown error. */
export type RobotsFetcher = (url: URL) => Promise<{ status: number; body: string }>;

type Rules = { kind: 'parsed'; robot: ReturnType<typeof robotsParser> } | { kind: 'allow-all' } | { kind: 'unreachable'; reason: string };

/** Largest Crawl-delay honoured, so one odd robots.txt cannot stall a run for minutes. */
const MAX_CRAWL_DELAY_S = 30;

export class RobotsPolicy {
  private readonly cache = new Map<string, Promise<Rules>>();

  /** `agent` is our product token (`corroborate`); groups for it win over `*`. */
  constructor(
    private readonly fetcher: RobotsFetcher,
    private readonly agent: string,
  ) {}

  private rules(origin: string): Promise<Rules> {
    let rules = this.cache.get(origin);
    if (!rules) {
      const robotsUrl = new URL('/robots.txt', origin);
      rules = this.fetcher(robotsUrl).then(
        ({ status, body }): Rules => {
          if (status >= 200 && status < 300) return { kind: 'parsed', robot: robotsParser(robotsUrl.href, body) };
          if (status >= 400 && status < 500) return { kind: 'allow-all' };
          return { kind: 'unreachable', reason: `HTTP ${status}` };
        },
        (error: Error): Rules => ({ kind: 'unreachable', reason: error.message }),
      );
      this.cache.set(origin, rules);
    }
    return rules;
  }

  /** Throw a RobotsRefusal when robots.txt forbids the URL for our agent. */
  async check(url: URL): Promise<void> {
    const rules = await this.rules(url.origin);
    if (rules.kind === 'allow-all') return;
    if (rules.kind === 'unreachable') {
      throw new RobotsRefusal(`${url.origin}/robots.txt could not be fetched (${rules.reason}), so the site is treated as disallowed; pass --no-robots to fetch anyway`);
    }
    if (rules.robot.isDisallowed(url.href, this.agent) === true) {
      const line = rules.robot.getMatchingLineNumber(url.href, this.agent);
      throw new RobotsRefusal(`disallowed by ${url.origin}/robots.txt${line > 0 ? ` (line ${line})` : ''} for ${this.agent}; pass --no-robots to fetch anyway`);
    }
  }

  /** Crawl-delay for our agent in milliseconds (capped), or null. */
  async crawlDelayMs(url: URL): Promise<number | null> {
    const rules = await this.rules(url.origin);
    if (rules.kind !== 'parsed') return null;
    const delay = rules.robot.getCrawlDelay(this.agent);
    return typeof delay === 'number' && delay > 0 ? Math.min(delay, MAX_CRAWL_DELAY_S) * 1000 : null;
  }
}
