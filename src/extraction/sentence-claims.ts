// Turns one sentence into draft claims: picks the cue sites that govern separate parts of the
// sentence, lets the pattern table decide each part, and leaves the rest to the outlet.
import { CueSite, findCueSites } from './cue-sites';
import { opensContent } from './nested-frames';
import { DraftClaim, Region, applyPatterns, editorial, trimContent } from './patterns';
import { SentenceView } from './sentence-view';

// Breaks after which a second cue starts its own claim instead of sitting inside the first one's content.
const INDEPENDENT_BOUNDARIES = new Set(['coord', 'relative', 'dash', 'quote']);

export function sentenceClaims(view: SentenceView): DraftClaim[] {
  const found = findCueSites(view);
  const sites = closingFrame(view, found) ?? independentSites(view, found);
  const claims: DraftClaim[] = [];
  let consumed = 0;
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const next = sites[i + 1];
    if (site.cueStart < consumed) continue;
    // "Ellis, who said she votes early, said …": an aside inside the next site's source ends with it.
    const aside = next !== undefined && containsSite(view, next, site);
    const region: Region = {
      start: consumed,
      end: aside ? next.sourceEnd : next ? next.boundary.leftEnd : view.text.length,
    };
    // "Most drivers say they would strike, according to a survey": the nearer frame keeps the content,
    // which ends where the outer report begins.
    const outer = found.find(
      (other) =>
        other.lemma === 'according to' &&
        other.boundary.kind === 'comma' &&
        site.rightStart !== null &&
        other.boundary.leftEnd > site.rightStart &&
        other.boundary.leftEnd < region.end &&
        // "Ode said that according to the ministry, the party won": a frame opening the content closes nothing.
        spanHasWords(view, site.rightStart, other.boundary.leftEnd),
    );
    if (outer && site.lemma !== 'according to') region.end = outer.boundary.leftEnd;
    // The name before an aside's cue is the next site's source, not an assertion of the outlet's.
    const drafts = applyPatterns(site, view, region).filter((draft) => !aside || draft.kind === 'attributed');
    if (drafts.length === 0) continue;
    claims.push(...drafts);
    consumed = Math.max(site.tailStart, ...drafts.map((draft) => draft.end));
    if (outer && site.lemma !== 'according to') consumed = Math.max(consumed, outer.tailStart);
  }
  if (claims.length === 0) {
    const whole = trimContent(view, 0, view.text.length);
    return [editorial(whole.start, view.text.length - trailingSpace(view.text), 'no-cue')];
  }
  const last = sites[sites.length - 1];
  const rest = leftover(view, consumed, last.lemma === 'according to' && consumed === last.tailStart);
  return rest ? [...claims, rest] : claims;
}

// A finite verb: an auxiliary, or a past or third-person form after a lower-case word.
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\b|\b\p{Ll}+\s+\p{Ll}+(?:ed|s)\b/u;

// "Exports fell, the ministry said, and imports rose.": a clause left after the last frame is the outlet's.
// After a closing `according to X,` a phrase without a verb is too ("…, according to the ministry, the
// lowest since 2009"), unless it is the source's own relative clause.
function leftover(view: SentenceView, from: number, afterAccordingTo: boolean): DraftClaim | null {
  const span = trimContent(view, from, view.text.length);
  const rest = view.masked.slice(span.start, span.end);
  if (rest.split(/\s+/).length < 3) return null;
  const appended =
    afterAccordingTo && /^,/.test(view.masked.slice(from)) && !/^(?:who|whom|whose|which)\b/i.test(rest);
  return appended || FINITE.test(rest) ? editorial(span.start, span.end, 'leftover-clause') : null;
}

// The first site governs the sentence; a later one only counts when it opens a clause of its own
// ("…, but Roe said …") or follows a finished trailing attribution. Nested cues stay inside the content.
function independentSites(view: SentenceView, sites: CueSite[]): CueSite[] {
  const chosen: CueSite[] = [];
  for (const site of sites) {
    const previous = chosen[chosen.length - 1];
    if (!previous) {
      chosen.push(site);
      continue;
    }
    if (site.sourceStart < previous.tailStart && site.cueStart < previous.tailStart) continue;
    // "…, telling reporters that he thinks …": a source read across the previous cue's content is misread.
    if (
      previous.rightStart !== null &&
      site.sourceStart < previous.rightStart &&
      site.sourceStart > previous.sourceEnd
    )
      continue;
    // "…, saying at a church that Mr. Ode had answered …": the "that" opening the previous site's content
    // is no relative clause, and the cue after it is inside that content.
    if (
      site.boundary.kind === 'relative' &&
      previous.rightStart !== null &&
      site.boundary.leftEnd <= previous.rightStart &&
      site.boundary.pos >= previous.rightStart - 1
    )
      continue;
    if (opensContent(view, previous, site)) continue;
    if (containsSite(view, site, previous)) {
      chosen.push(site);
      continue;
    }
    // "When asked by a reporter whether …, Tran said …": content closed by its comma leaves room for more.
    const previousDone =
      previous.rightStart === null ||
      (previous.contentEnd != null &&
        site.sourceStart >= previous.contentEnd &&
        site.cueStart > previous.contentEnd);
    if (previousDone || INDEPENDENT_BOUNDARIES.has(site.boundary.kind)) chosen.push(site);
  }
  return chosen;
}

// A site whose source holds another cue site whole ("Ellis, who said she votes early, said …").
function containsSite(view: SentenceView, outer: CueSite, inner: CueSite): boolean {
  return (
    outer.order === 'source-first' &&
    inner.boundary.kind === 'relative' &&
    outer.sourceStart <= inner.sourceStart &&
    outer.sourceEnd >= inner.tailStart &&
    /[,—–]\s*$/.test(view.text.slice(inner.tailStart, outer.sourceEnd))
  );
}

// "He testified that he saw 40 logs, she said.": a frame closing the sentence reports everything before
// it, so a cue earlier in the sentence is speech inside that report, not the outlet's own attribution.
function closingFrame(view: SentenceView, sites: CueSite[]): CueSite[] | null {
  const last = sites[sites.length - 1];
  if (
    sites.length < 2 ||
    last.order !== 'source-first' ||
    last.boundary.kind !== 'comma' ||
    last.rightStart !== null
  )
    return null;
  if (!/^[\s.!?]*$/.test(view.masked.slice(last.tailStart)) || view.quotes.length > 0) return null;
  const first = sites[0];
  const opensSentence =
    first.order === 'source-first' && (first.boundary.kind === 'start' || first.boundary.kind === 'lead');
  return opensSentence && sites.slice(0, -1).every((site) => site.cueStart < last.boundary.leftEnd)
    ? [last]
    : null;
}

function spanHasWords(view: SentenceView, start: number, end: number): boolean {
  const span = trimContent(view, start, end);
  return span.end > span.start;
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
