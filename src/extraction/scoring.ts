// Scores predicted claims against a gold annotation by character overlap. Pure: eval.ts reads the
// files and prints; this decides what counts as a match.
import { ExtractedClaim } from './types';

export interface GoldStatement {
  text: string;
  kind: 'attributed' | 'editorial';
  speaker?: string;
  speakerKind?: string;
  cue?: string;
  quote?: string;
}

export interface LocatedStatement extends GoldStatement {
  start: number;
  end: number;
}

export interface Miss {
  reason: 'attribution-missed' | 'false-attribution' | 'wrong-speaker' | 'editorial-missed' | 'not-found';
  gold: string;
  predicted: string | null;
  detail?: string;
}

export interface Tally {
  goldAttributed: number;
  attributedFound: number;
  predictedAttributed: number;
  predictedCorrect: number;
  speakerCorrect: number;
  goldEditorial: number;
  editorialCorrect: number;
  misses: Miss[];
}

export interface Figures {
  recall: number;
  precision: number;
  speakerAccuracy: number;
  editorialAccuracy: number;
}

/** Finds each statement in the text, searching forward from the previous one (texts may repeat). */
export function locateStatements(
  text: string,
  statements: GoldStatement[],
): { located: LocatedStatement[]; missing: GoldStatement[] } {
  const located: LocatedStatement[] = [];
  const missing: GoldStatement[] = [];
  let from = 0;
  for (const statement of statements) {
    let at = text.indexOf(statement.text, from);
    if (at < 0) at = text.indexOf(statement.text);
    if (at < 0 || statement.text.length === 0) {
      missing.push(statement);
      continue;
    }
    located.push({ ...statement, start: at, end: at + statement.text.length });
    from = at + statement.text.length;
  }
  return { located, missing };
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap of at least half the shorter span. */
export function isMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap(a, b) >= shorter * 0.5;
}

/** "The Ministry of Health" and "ministry of health" are the same speaker. */
export function sameSpeaker(a: string | null | undefined, b: string | null | undefined): boolean {
  const normalise = (name: string | null | undefined) =>
    (name ?? '')
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '');
  return normalise(a) !== '' && normalise(a) === normalise(b);
}

function bestMatch<T extends { start: number; end: number }>(
  span: { start: number; end: number },
  candidates: T[],
): T | null {
  let best: T | null = null;
  let bestOverlap = 0;
  for (const candidate of candidates) {
    const shared = overlap(span, candidate);
    if (shared > bestOverlap) {
      best = candidate;
      bestOverlap = shared;
    }
  }
  return best && isMatch(span, best) ? best : null;
}

export function scoreArticle(gold: LocatedStatement[], predicted: ExtractedClaim[]): Tally {
  const tally = emptyTally();
  const goldAttributed = gold.filter((statement) => statement.kind === 'attributed');
  const predictedAttributed = predicted.filter((claim) => claim.kind === 'attributed');
  for (const statement of goldAttributed) {
    tally.goldAttributed++;
    const match = bestMatch(statement, predictedAttributed);
    if (!match) {
      const nearest = bestMatch(statement, predicted);
      tally.misses.push({
        reason: 'attribution-missed',
        gold: statement.text,
        predicted: nearest?.text ?? null,
        detail: statement.speaker,
      });
      continue;
    }
    tally.attributedFound++;
    if (sameSpeaker(match.speaker?.name, statement.speaker)) tally.speakerCorrect++;
    else
      tally.misses.push({
        reason: 'wrong-speaker',
        gold: statement.text,
        predicted: match.text,
        detail: `expected "${statement.speaker}", got "${match.speaker?.name ?? null}"`,
      });
  }
  for (const claim of predictedAttributed) {
    tally.predictedAttributed++;
    if (goldAttributed.some((statement) => isMatch(statement, claim))) tally.predictedCorrect++;
    else
      tally.misses.push({
        reason: 'false-attribution',
        gold: gold.find((statement) => overlap(statement, claim) > 0)?.text ?? '',
        predicted: claim.text,
        detail: claim.speaker?.name,
      });
  }
  for (const statement of gold.filter((candidate) => candidate.kind === 'editorial')) {
    tally.goldEditorial++;
    const match = bestMatch(statement, predicted);
    if (match?.kind === 'editorial') tally.editorialCorrect++;
    else
      tally.misses.push({
        reason: 'editorial-missed',
        gold: statement.text,
        predicted: match?.text ?? null,
        detail: match ? `predicted ${match.kind}` : 'no overlapping claim',
      });
  }
  return tally;
}

export function emptyTally(): Tally {
  return {
    goldAttributed: 0,
    attributedFound: 0,
    predictedAttributed: 0,
    predictedCorrect: 0,
    speakerCorrect: 0,
    goldEditorial: 0,
    editorialCorrect: 0,
    misses: [],
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    goldAttributed: a.goldAttributed + b.goldAttributed,
    attributedFound: a.attributedFound + b.attributedFound,
    predictedAttributed: a.predictedAttributed + b.predictedAttributed,
    predictedCorrect: a.predictedCorrect + b.predictedCorrect,
    speakerCorrect: a.speakerCorrect + b.speakerCorrect,
    goldEditorial: a.goldEditorial + b.goldEditorial,
    editorialCorrect: a.editorialCorrect + b.editorialCorrect,
    misses: [...a.misses, ...b.misses],
  };
}

/** Ratios of a tally; an empty denominator counts as perfect, since nothing was missed. */
export function figures(tally: Tally): Figures {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    recall: ratio(tally.attributedFound, tally.goldAttributed),
    precision: ratio(tally.predictedCorrect, tally.predictedAttributed),
    speakerAccuracy: ratio(tally.speakerCorrect, tally.attributedFound),
    editorialAccuracy: ratio(tally.editorialCorrect, tally.goldEditorial),
  };
}
