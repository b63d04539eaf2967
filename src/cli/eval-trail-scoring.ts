// Scores the claim trail on the evaluation corpus, through the services the HTTP API uses.
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DocumentsService } from '../documents/documents.service';
import { SuggestionsService } from '../trail/suggestions.service';
import { TrailService } from '../trail/trail.service';
import { CorpusDocument, TrailCorpus } from './eval-trail-corpus';

export interface TrailFigures {
  documents: number;
  statements: number;
  /** Gold appearances whose claim the engine did not extract (scored as misses). */
  unlocated: string[];
  syndication: PRF;
  trailPairs: PRF;
  firstAppearance: { correct: number; total: number; accuracy: number };
  independentSources: { correct: number; total: number; accuracy: number };
  suggestions: PRF;
  errors: string[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const ms = (iso: string) => new Date(iso).getTime();

/** Ingests the corpus in the order given (publication order unless shuffled) and scores every measure. */
export async function scoreTrail(
  app: INestApplicationContext,
  corpus: TrailCorpus,
  order: CorpusDocument[] = corpus.documents,
): Promise<TrailFigures> {
  const documents = app.get(DocumentsService);
  const ids = new Map<string, string>();
  for (const doc of order) {
    const { document } = await documents.ingest({ ...doc, kind: 'article', language: 'en' });
    ids.set(doc.key, document.id);
  }
  return scoreStoredCorpus(app, corpus, ids);
}

/** Scores every measure on a corpus already stored, its document ids by corpus key. */
export async function scoreStoredCorpus(
  app: INestApplicationContext,
  corpus: TrailCorpus,
  ids: ReadonlyMap<string, string>,
): Promise<TrailFigures> {
  const documents = app.get(DocumentsService);
  const trail = app.get(TrailService);
  const suggestions = app.get(SuggestionsService);
  const db = app.get<DataSource>(getDataSourceToken());
  const { gold } = corpus;
  const errors: string[] = [];

  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const byKey = new Map(corpus.documents.map((d) => [d.key, d]));

  // Syndication: predicted (copy, original) pairs against gold.
  let tp = 0;
  let fp = 0;
  for (const doc of corpus.documents) {
    const response = await documents.getResponse(ids.get(doc.key)!);
    const predicted = response.copyOf ? keyOf.get(response.copyOf) : undefined;
    const expected = gold.copies[doc.key];
    if (predicted && predicted === expected) tp++;
    else if (predicted) {
      fp++;
      errors.push(`copy: ${doc.key} predicted copy of ${predicted}, gold ${expected ?? 'none'}`);
    }
  }
  const syndicationFn = Object.keys(gold.copies).length - tp;
  const syndication = prf(tp, fp, syndicationFn);

  // Locate each gold appearance's claim: the extracted claim of that document containing the fragment.
  const claimsByDoc = new Map<string, Array<{ id: string; text: string }>>();
  const rows: Array<{ id: string; document_id: string; text: string }> = await db.query(
    `SELECT id, document_id, text FROM claims WHERE document_id = ANY($1) AND superseded_at IS NULL`,
    [[...ids.values()]],
  );
  for (const row of rows) {
    const list = claimsByDoc.get(row.document_id) ?? [];
    list.push({ id: row.id, text: row.text });
    claimsByDoc.set(row.document_id, list);
  }
  const norm = (s: string) => s.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const unlocated: string[] = [];
  const statementOfClaim = new Map<string, string>();
  const located = new Map<string, Array<{ claimId: string; doc: string }>>();
  for (const statement of gold.statements) {
    const found: Array<{ claimId: string; doc: string }> = [];
    for (const [doc, fragment] of statement.appearances) {
      const claims = claimsByDoc.get(ids.get(doc)!) ?? [];
      const claim =
        claims.find((c) => norm(c.text).includes(norm(fragment))) ??
        claims.find((c) => norm(fragment).includes(norm(c.text)) && c.text.length >= 20);
      if (!claim) {
        unlocated.push(`${statement.id} in ${doc}: "${fragment}"`);
        continue;
      }
      found.push({ claimId: claim.id, doc });
      statementOfClaim.set(claim.id, statement.id);
    }
    located.set(statement.id, found);
  }

  // Trail: pairwise over gold appearances (unlocated ones count as misses of their pairs).
  let pairTp = 0;
  let pairFp = 0;
  let pairFn = 0;
  let firstCorrect = 0;
  let sourcesCorrect = 0;
  const trails = new Map<string, Set<string>>();
  for (const statement of gold.statements) {
    const found = located.get(statement.id)!;
    const n = statement.appearances.length;
    const goldPairs = (n * (n - 1)) / 2;
    let statementTp = 0;
    for (const { claimId } of found) {
      const response = await trail.trail(claimId);
      trails.set(claimId, new Set(response.items.map((i) => i.claimId)));
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        if (trails.get(found[i].claimId)!.has(found[j].claimId)) statementTp++;
      }
    }
    pairTp += statementTp;
    pairFn += goldPairs - statementTp;
    // First appearance and independent sources, asked from the statement's first located appearance.
    const dates = statement.appearances.map(([doc]) => byKey.get(doc)!);
    const goldFirst = [...dates].sort((a, b) => ms(a.publishedAt) - ms(b.publishedAt))[0].key;
    const goldSources = new Set(dates.filter((d) => !gold.copies[d.key]).map((d) => d.publisher)).size;
    if (found.length > 0) {
      const response = await trail.trail(found[found.length - 1].claimId);
      const first = keyOf.get(response.first.documentId);
      if (first === goldFirst) firstCorrect++;
      else errors.push(`first: ${statement.id} predicted ${first}, gold ${goldFirst}`);
      if (response.independentSources === goldSources) sourcesCorrect++;
      else
        errors.push(`sources: ${statement.id} predicted ${response.independentSources}, gold ${goldSources}`);
    }
  }
  // Pairs predicted between appearances of different gold statements are false positives.
  const allLocated = [...located.values()].flat();
  for (let i = 0; i < allLocated.length; i++) {
    for (let j = i + 1; j < allLocated.length; j++) {
      const a = allLocated[i].claimId;
      const b = allLocated[j].claimId;
      if (statementOfClaim.get(a) === statementOfClaim.get(b)) continue;
      if (trails.get(a)?.has(b)) {
        pairFp++;
        errors.push(`trail: ${statementOfClaim.get(a)} joined with ${statementOfClaim.get(b)}`);
      }
    }
  }

  // Suggestions: asked for each statement's first located appearance; a suggestion is right when its claim
  // is an appearance of a statement gold pairs with this one, with the same stance.
  const expected = new Map<string, Map<string, string>>();
  for (const [a, b, stance] of gold.suggestions) {
    if (!expected.has(a)) expected.set(a, new Map());
    if (!expected.has(b)) expected.set(b, new Map());
    expected.get(a)!.set(b, stance);
    expected.get(b)!.set(a, stance);
  }
  let sTp = 0;
  let sFp = 0;
  let sFn = 0;
  for (const statement of gold.statements) {
    const found = located.get(statement.id)!;
    const wanted = expected.get(statement.id) ?? new Map<string, string>();
    if (found.length === 0) {
      sFn += wanted.size;
      continue;
    }
    const items = (await suggestions.list(found[0].claimId)).items;
    const hit = new Set<string>();
    for (const item of items) {
      const other = statementOfClaim.get(item.claimId);
      if (other && wanted.get(other) === item.stance && !hit.has(other)) {
        hit.add(other);
        sTp++;
      } else {
        sFp++;
        const doc = keyOf.get(item.documentId);
        errors.push(
          `suggestion: ${statement.id} got ${item.stance} ${other ?? `an unannotated claim in ${doc}`} (${item.reasons.join('; ')})`,
        );
      }
    }
    for (const other of wanted.keys()) {
      if (!hit.has(other)) {
        sFn++;
        errors.push(`suggestion: ${statement.id} missed ${wanted.get(other)} ${other}`);
      }
    }
  }

  const accuracy = (correct: number, total: number) => ({
    correct,
    total,
    accuracy: total === 0 ? 1 : correct / total,
  });
  return {
    documents: corpus.documents.length,
    statements: gold.statements.length,
    unlocated,
    syndication,
    trailPairs: prf(pairTp, pairFp, pairFn),
    firstAppearance: accuracy(firstCorrect, gold.statements.length),
    independentSources: accuracy(sourcesCorrect, gold.statements.length),
    suggestions: prf(sTp, sFp, sFn),
    errors,
  };
}

export function formatFigures(f: TrailFigures): string {
  const p = (x: number) => x.toFixed(3);
  const line = (name: string, m: PRF) =>
    `${name.padEnd(24)} P ${p(m.precision)}  R ${p(m.recall)}  F1 ${p(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
  return [
    `trail eval: ${f.documents} documents, ${f.statements} statements, ${f.unlocated.length} gold appearances not extracted`,
    line('syndication', f.syndication),
    line('trail pairs', f.trailPairs),
    `first appearance         ${p(f.firstAppearance.accuracy)}  (${f.firstAppearance.correct}/${f.firstAppearance.total})`,
    `independent sources      ${p(f.independentSources.accuracy)}  (${f.independentSources.correct}/${f.independentSources.total})`,
    line('suggestions', f.suggestions),
  ].join('\n');
}

/** A fixed shuffle of the corpus: many copies are stored before their originals, as imports do. */
export function storageOrder(documents: CorpusDocument[]): CorpusDocument[] {
  const weight = (key: string) => {
    let h = 7;
    for (const c of key) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
    return h;
  };
  return [...documents].sort((a, b) => weight(a.key) - weight(b.key));
}
