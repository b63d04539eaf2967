import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { documentEntities } from './entities';
import {
  indexedDocumentsAfter,
  lockRulesState,
  StoredFeatures,
  storedFeaturesOfDocuments,
  addTerms,
  deleteTerms,
  saveRulesState,
  updateDocumentNames,
  updateFeatures,
} from './refresh.queries';
import { indexTerms, statementFeatures } from './statement';
import { TRAIL_RULES_VERSION } from './trail-rules';
import { TrailService } from './trail.service';

// Only attributed claims with a speaker are ever suggested, so only they have terms (as at indexing).
const termsOf = (claim: Pick<StoredFeatures, 'kind' | 'speakerKey' | 'stems' | 'numbers'>) =>
  claim.kind === 'attributed' && claim.speakerKey ? indexTerms(claim) : [];

// Documents a transaction: their features are computed on the event loop (about 2 ms a 55-claim article by the
// import's profile, so some 40 ms a batch),
// which in `npm start` also serves requests; small batches let them through between.
const REFRESH_BATCH = 20;

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

/** The postings of `from` that `to` lacks, for each claim. */
const missingFrom = (
  from: ReadonlyMap<string, string[]>,
  to: ReadonlyMap<string, string[]>,
): Array<{ claimId: string; terms: string[] }> =>
  [...from].map(([claimId, terms]) => {
    const kept = new Set(to.get(claimId));
    return { claimId, terms: terms.filter((term) => !kept.has(term)) };
  });

/**
 * Brings the trail's stored rows up to the rules this code runs (TRAIL_RULES_VERSION): the features and terms of
 * indexed claims, their speaker keys, their documents' names. Statements stay as they were grouped: a claim
 * indexed from now on is grouped against the refreshed features.
 */
@Injectable()
export class TrailRefreshService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trail: TrailService,
  ) {}

  /**
   * Refreshes what earlier rules stored, a batch of documents per transaction, in document id order; a run that
   * stops part way resumes after the last batch it committed. Returns how many claims' features changed (0 when
   * the stored rows are already the current rules').
   */
  async refresh(batchSize = REFRESH_BATCH, onBatch: (documents: number) => void = () => {}): Promise<number> {
    let changed = 0;
    let documents = 0;
    for (;;) {
      const step = await this.db.transaction(async (em) => {
        const state = await lockRulesState(em);
        if (state.version === TRAIL_RULES_VERSION) return null;
        const batch = await indexedDocumentsAfter(em, state.refreshedThrough, batchSize);
        const refreshed = await this.refreshDocuments(em, batch);
        const done = batch.length < batchSize;
        await saveRulesState(em, {
          version: done ? TRAIL_RULES_VERSION : state.version,
          refreshedThrough: done ? null : batch[batch.length - 1].id,
        });
        return { documents: batch.length, changed: refreshed };
      });
      if (!step) return changed;
      changed += step.changed;
      documents += step.documents;
      onBatch(documents);
    }
  }

  private async refreshDocuments(
    em: EntityManager,
    batch: Array<{ id: string; text: string; entities: string[] }>,
  ): Promise<number> {
    const named = batch.map((d) => ({ id: d.id, entities: documentEntities(d.text) }));
    await updateDocumentNames(
      em,
      named.filter((d, i) => !sameWords(d.entities, batch[i].entities)),
    );
    const ids = batch.map((d) => d.id);
    const before = await storedFeaturesOfDocuments(em, ids);
    await this.trail.rekeyClaims(
      em,
      before.map((c) => c.claimId),
    );
    // Read again: a claim's terms follow its speaker key, which the rekey may have given or taken away.
    const stored = await storedFeaturesOfDocuments(em, ids);
    const current = stored.map((claim) => ({ ...claim, ...statementFeatures(claim.text, claim.cue) }));
    const changed = current.filter(
      (c, i) =>
        !sameWords(c.stems, stored[i].stems) ||
        !sameWords(c.numbers, stored[i].numbers) ||
        !sameWords(c.figureWords, stored[i].figureWords) ||
        c.negated !== stored[i].negated ||
        c.denial !== stored[i].denial ||
        c.correction !== stored[i].correction,
    );
    const oldTerms = new Map(before.map((c) => [c.claimId, termsOf(c)]));
    const newTerms = new Map(current.map((c) => [c.claimId, termsOf(c)]));
    await deleteTerms(em, missingFrom(oldTerms, newTerms));
    // All of them, not only those the old rules lacked: a posting the stored features imply may be missing.
    await addTerms(
      em,
      [...newTerms].map(([claimId, terms]) => ({ claimId, terms })),
    );
    await updateFeatures(em, changed);
    return changed.length;
  }
}
