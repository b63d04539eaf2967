import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentEntities } from './entities';
import { claimSpeakerKeys } from './speaker-key';
import { indexTerms, statementFeatures } from './statement';
import { TRAIL_RULES_VERSION } from './trail-rules';

// The digest of what the trail stores for every text of the trail's evaluation corpora, by the rules version it
// was recorded under. A change to those rules that leaves TRAIL_RULES_VERSION as it was would leave stored rows
// as the old rules made them, with nothing to refresh them: bump the version and record the new digest here.
const RECORDED: Record<string, string> = {
  '2026-12-02.1': '57a2b3a76446a1eaa3dc09842cba3bef27ee21886eeaff8489609d9ca7124053',
};

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
// A fixed list, so that a new corpus changes nothing here.
const CORPORA = ['trail', 'trail-holdout', ...[3, 4, 5, 6, 7, 8, 9, 10].map((n) => `trail-holdout-${n}`)];

function corpusTexts(): string[] {
  return CORPORA.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir, 'stories'))
      .sort()
      .flatMap((file) => {
        const story = JSON.parse(readFileSync(join(FIXTURES, dir, 'stories', file), 'utf8')) as {
          documents: Array<{ paragraphs: string[] }>;
        };
        return story.documents.map((d) => d.paragraphs.join('\n\n'));
      }),
  );
}

/** What the trail would store of each text: its names, and of each sentence read as a claim, its features and keys. */
function storedRows(texts: string[]) {
  return texts.map((text, t) => {
    const names = documentEntities(text);
    const sentences = text.split(/(?<=[.!?"”])\s+/);
    const claims = names.map((name, i) => ({
      documentId: `d${t}`,
      kind: 'attributed' as const,
      speakerName: name,
      speakerKind: i % 2 === 0 ? 'person' : 'organization',
    }));
    return {
      names,
      keys: claimSpeakerKeys(claims, new Map([[`d${t}`, names]]), new Map([[`d${t}`, names]])),
      statements: sentences.flatMap((sentence) =>
        [null, 'said', 'denied'].map((cue) => {
          const { stems, numbers, negated, denial, correction, figureWords } = statementFeatures(
            sentence,
            cue,
          );
          const stored = { stems, numbers, negated, denial, correction, figureWords };
          return { ...stored, terms: indexTerms(stored) };
        }),
      ),
    };
  });
}

describe('the trail rules version', () => {
  it('names what the stored rules give: a change to them comes with a new TRAIL_RULES_VERSION', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(200);
    const digest = createHash('sha256')
      .update(JSON.stringify(storedRows(texts)))
      .digest('hex');
    expect({ version: TRAIL_RULES_VERSION, digest }).toEqual({
      version: TRAIL_RULES_VERSION,
      digest: RECORDED[TRAIL_RULES_VERSION],
    });
  });
});
