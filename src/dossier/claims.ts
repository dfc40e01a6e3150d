// Claims: aligned sentence clusters become claims with the outlets that carry them.
import type { DossierClaim, DossierConflict } from './schema.js';
import type { ClaimCluster, Span } from '../types.js';
import { type AnalyzedArticle, type ArticleIndex, type ConflictFinding, outletOf } from './model.js';
import { hasWords, mostFrequent, overlaps, sliceClean } from './text.js';

/** Sentences shorter than this are headings or fragments, not claims. */
const MIN_CLAIM_WORDS = 6;

/** An article's attributed quotes by where their content starts, for finding those a sentence overlaps. */
interface QuoteIndex {
  /** Indices into reading.quotes (speaker set), by content start. */
  order: number[];
  starts: number[];
  /** Largest content end among order[0..i]: no quote before i reaches past it. */
  reach: number[];
}

function quoteIndex(analyzed: AnalyzedArticle): QuoteIndex {
  const quotes = analyzed.reading.quotes;
  const order = quotes.map((_, i) => i).filter((i) => quotes[i]!.speaker).sort((a, b) => quotes[a]!.content.start - quotes[b]!.content.start || a - b);
  const starts = order.map((i) => quotes[i]!.content.start);
  const reach: number[] = [];
  let far = -Infinity;
  for (const i of order) {
    far = Math.max(far, quotes[i]!.content.end);
    reach.push(far);
  }
  return { order, starts, reach };
}

/** Quotes (indices, in reading order) whose content overlaps the span: a binary search, not a scan per sentence. */
function quotesOverlapping(q: QuoteIndex, analyzed: AnalyzedArticle, span: Span): number[] {
  let lo = 0;
  let hi = q.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q.starts[mid]! < span.end) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo - 1; k >= 0 && q.reach[k]! > span.start; k--) {
    const i = q.order[k]!;
    if (overlaps(analyzed.reading.quotes[i]!.content, span)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

function speakerOf(cluster: ClaimCluster, index: ArticleIndex, quoteIndexes: Map<string, QuoteIndex>): string | null {
  const speakers: (string | null)[] = [];
  for (const member of cluster.members) {
    const analyzed = index.get(member.article);
    if (!analyzed) continue;
    let q = quoteIndexes.get(member.article);
    if (!q) {
      q = quoteIndex(analyzed);
      quoteIndexes.set(member.article, q);
    }
    for (const i of quotesOverlapping(q, analyzed, member.sentence)) speakers.push(analyzed.reading.quotes[i]!.speaker);
  }
  return mostFrequent(speakers);
}

export function buildClaims(storyId: string, clusters: ClaimCluster[], index: ArticleIndex, articleOrder: string[]): DossierClaim[] {
  const rank = new Map(articleOrder.map((id, i) => [id, i]));
  const quoteIndexes = new Map<string, QuoteIndex>();
  const candidates = clusters
    .map((cluster) => {
      const members = [...cluster.members]
        .filter((m) => index.has(m.article))
        .sort((a, b) => (rank.get(a.article)! - rank.get(b.article)!) || a.sentence.start - b.sentence.start);
      return { cluster, members };
    })
    .filter(({ members }) =>
      members.some((m) => hasWords(index.get(m.article)!.article.text.slice(m.sentence.start, m.sentence.end), MIN_CLAIM_WORDS)),
    );

  const built = candidates.map(({ cluster, members }) => {
    const first = members[0]!;
    const articles = [...new Set(members.map((m) => m.article))];
    const outlets = [...new Set(articles.map((id) => outletOf(index.get(id)!.article)))];
    return {
      order: [rank.get(first.article)!, first.sentence.start] as const,
      claim: {
        id: '',
        text: sliceClean(index.get(first.article)!.article.text, first.sentence),
        speaker: speakerOf({ ...cluster, members }, index, quoteIndexes),
        articles,
        outlets,
        evidence: members.map((m) => ({ article: m.article, sentence: m.sentence, text: sliceClean(index.get(m.article)!.article.text, m.sentence) })),
      },
    };
  });
  built.sort((x, y) => y.claim.outlets.length - x.claim.outlets.length || x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  return built.map(({ claim }, i) => ({ ...claim, id: `${storyId}-c${i + 1}` }));
}

/** Ids of claims carried by two or more outlets. */
export function sharedClaims(claims: DossierClaim[]): string[] {
  return claims.filter((c) => c.outlets.length >= 2).map((c) => c.id);
}

/** Per outlet, the claims no other outlet carries (outlets in first-appearance order). */
export function uniqueClaims(claims: DossierClaim[], outlets: string[]): { outlet: string; claims: string[] }[] {
  return outlets.map((outlet) => ({
    outlet,
    claims: claims.filter((c) => c.outlets.length === 1 && c.outlets[0] === outlet).map((c) => c.id),
  }));
}

/**
 * Per outlet, the claims most of the other outlets carry but it leaves out. "Most" means at least two
 * outlets and at least half of the others, so with two outlets nothing counts as an omission.
 */
export function omittedClaims(claims: DossierClaim[], outlets: string[]): { outlet: string; claims: string[] }[] {
  return outlets
    .map((outlet) => {
      const others = outlets.length - 1;
      const needed = Math.max(2, Math.ceil(others / 2));
      return {
        outlet,
        claims: claims.filter((c) => !c.outlets.includes(outlet) && c.outlets.length >= needed).map((c) => c.id),
      };
    })
    .filter((o) => o.claims.length > 0);
}

/** Conflicts with the claim they belong to and the disagreeing sentences as evidence. */
export function buildConflicts(findings: ConflictFinding[], claims: DossierClaim[], index: ArticleIndex): DossierConflict[] {
  return findings.map((finding) => {
    const first = finding.members[0];
    const claim = first
      ? claims.find((c) => c.evidence.some((e) => e.article === first.article && e.sentence.start === first.sentence.start))
      : undefined;
    return {
      claim: claim?.id ?? null,
      kind: finding.kind,
      values: finding.values,
      evidence: finding.members
        .filter((m) => index.has(m.article))
        .map((m) => ({ article: m.article, sentence: m.sentence, text: sliceClean(index.get(m.article)!.article.text, m.sentence) })),
    };
  });
}
