import { extractClaims } from '../extraction';
import { documentEntities } from '../trail/entities';
import { shingles } from '../trail/shingles';
import { statementFeatures } from '../trail/statement';
import { packExtraction, planExtractedClaims } from './extracted-claims';

describe('packed extraction', () => {
  const text =
    'Transport director Nadia Okafor said the depot would cut waiting times by a third. ' +
    '"We have waited long enough," she told reporters. Okafor said the plan was sound. ' +
    'The depot would be built on land once used by a brewery.';
  const result = extractClaims(text, { publisher: 'Valley Courier' });

  it('survives the copy out of a worker: typed arrays and plain tables only', () => {
    const packed = packExtraction(result, text);
    expect(JSON.stringify(structuredClone(packed))).toBe(JSON.stringify(packed));
    expect(packed.starts).toBeInstanceOf(Int32Array);
    expect(packed.starts).toHaveLength(result.claims.length);
  });

  it('gives the claims to store exactly as the engine found them, each distinct mention once', () => {
    const { mentions, claimsFor } = planExtractedClaims(structuredClone(packExtraction(result, text)));
    const distinct = new Set(result.claims.filter((c) => c.speaker).map((c) => JSON.stringify(c.speaker)));
    expect(mentions).toHaveLength(distinct.size);
    const ids = mentions.map((_, i) => `speaker-${i}`);
    const claims = claimsFor(ids);
    expect(claims).toHaveLength(result.claims.length);
    claims.forEach((claim, i) => {
      const found = result.claims[i];
      expect(claim).toEqual({
        kind: found.kind,
        start: found.start,
        end: found.end,
        speakerId: found.speaker
          ? ids[mentions.findIndex((m) => JSON.stringify(m) === JSON.stringify(found.speaker))]
          : null,
        speakerMention: found.speaker?.mention ?? null,
        speakerRole: found.speaker?.role ?? null,
        cue: found.cue,
        quote: found.quote,
        origin: 'extraction',
        extractorVersion: result.engineVersion,
        confidence: found.confidence,
      });
    });
    expect(claims.some((c) => c.speakerId !== null)).toBe(true);
  });

  it("carries the trail's features of the text and of each claim, as the trail computes them from what is stored", () => {
    const { trail } = planExtractedClaims(structuredClone(packExtraction(result, text)));
    expect(trail.shingles).toEqual(shingles(text));
    expect(trail.entities).toEqual(documentEntities(text));
    expect(trail.statements).toEqual(
      result.claims.map((c) => statementFeatures(text.slice(c.start, c.end), c.cue)),
    );
    expect(trail.statements.some((s) => s.stems.length > 0)).toBe(true);
  });
});
