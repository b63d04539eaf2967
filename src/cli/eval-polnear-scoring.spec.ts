import { ExtractedClaim } from '../extraction';
import { parseBrat } from './eval-polnear-corpus';
import {
  goldSpeaker,
  isSpeechCue,
  nameInSource,
  sameSpeaker,
  scorePolnearArticle,
} from './eval-polnear-scoring';

// An invented article and annotation in PolNeAR's brat shape (no PolNeAR text is used here).
const text =
  'Rain fell all week. Ada Moss said the dam would hold. The county wants a new levy. He added that costs rose.';
const at = (fragment: string) => [text.indexOf(fragment), text.indexOf(fragment) + fragment.length];
const line = (id: string, type: string, fragment: string) =>
  `${id}\t${type} ${at(fragment).join(' ')}\t${fragment}`;
const ann = [
  line('T1', 'Source', 'Ada Moss'),
  line('T2', 'Cue', 'said'),
  line('T3', 'Content', 'the dam would hold'),
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  line('T4', 'Source', 'The county'),
  line('T5', 'Cue', 'wants'),
  line('T6', 'Content', 'a new levy'),
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  line('T7', 'Source', 'He'),
  line('T8', 'Cue', 'added'),
  line('T9', 'Content', 'costs rose'),
  'E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9',
  line('T10', 'Discuss', 'costs'),
].join('\n');

function claim(fragment: string, speaker: string | null): ExtractedClaim {
  const [start, end] = at(fragment);
  return {
    kind: speaker ? 'attributed' : 'editorial',
    start,
    end,
    text: fragment,
    speaker: speaker ? { name: speaker, kind: 'person', mention: speaker, role: null } : null,
    cue: null,
    quote: 'indirect',
    confidence: 1,
  };
}

describe('PolNeAR scoring', () => {
  const article = {
    name: 'invented',
    text,
    attributions: parseBrat(ann),
    chains: [
      [
        { start: 0, end: 8, headStart: 4, headEnd: 8, text: 'Ada Moss', name: 'Ada Moss' },
        {
          ...{ start: at('He')[0], end: at('He')[1] },
          headStart: at('He')[0],
          headEnd: at('He')[1],
          text: 'He',
          name: null,
        },
      ],
    ],
  };

  it('reads attribution events and leaves annotator notes out', () => {
    expect(article.attributions).toHaveLength(3);
    expect(article.attributions[0].content).toEqual([{ start: at('the dam')[0], end: at('hold')[1] }]);
  });

  it('finds a content covered by 30% and counts a prediction inside gold as right', () => {
    const tally = scorePolnearArticle(article, [
      claim('the dam would', 'Ada Moss'),
      claim('costs rose', 'Ada Moss'),
    ]);
    expect(tally.gold).toBe(3);
    expect(tally.found).toBe(2);
    expect(tally.speechGold).toBe(2);
    expect(tally.speechFound).toBe(2);
    expect(tally.predicted).toBe(2);
    expect(tally.right).toBe(2);
  });

  it('misses a content covered by less than 30% and counts a prediction outside every gold span as wrong', () => {
    const tally = scorePolnearArticle(article, [
      claim('hold', 'Ada Moss'),
      claim('Rain fell all week', 'Ada Moss'),
    ]);
    expect(tally.found).toBe(0);
    expect(tally.predicted).toBe(2);
    expect(tally.right).toBe(1);
  });

  it('scores the speaker on the resolved name: "He" resolved through coreference to Ada Moss', () => {
    const right = scorePolnearArticle(article, [claim('costs rose', 'Ada Moss')]);
    expect(right.speakerScored.coreference).toBe(1);
    expect(right.speakerRight.coreference).toBe(1);
    const mention = scorePolnearArticle(article, [claim('costs rose', 'He')]);
    expect(mention.speakerRight.coreference).toBe(0);
  });

  it('tells speech cues from beliefs and intentions', () => {
    expect(isSpeechCue('said')).toBe(true);
    expect(isSpeechCue('according to')).toBe(true);
    expect(isSpeechCue('was quoted as saying')).toBe(true);
    expect(isSpeechCue('wants')).toBe(false);
    expect(isSpeechCue('agreed')).toBe(false);
  });

  it('takes the name from a source, past titles, possessives and appositions', () => {
    expect(nameInSource('Republican presidential candidate Donald Trump')).toBe('Donald Trump');
    expect(nameInSource("Trump's campaign manager, Corey Lewandowski")).toBe('Corey Lewandowski');
    expect(nameInSource('Sen. Ted Cruz (R-Texas), who spoke first,')).toBe('Ted Cruz');
    expect(nameInSource('the candidate')).toBeNull();
    expect(nameInSource('former Secretary of State Dana Ode')).toBe('Dana Ode');
    expect(nameInSource('delegates in Portland')).toBeNull();
    expect(nameInSource('supporters of Democrat Dana Ode')).toBeNull();
    expect(nameInSource('the minister of ports and harbours, Dana Ode,')).toBe('Dana Ode');
  });

  it('reads no name from an epithet, a date or a quantifier (the rules score the resolved name)', () => {
    expect(nameInSource('the Vermont Democrat')).toBeNull();
    expect(nameInSource('The Ohio Republican')).toBeNull();
    expect(nameInSource('a harbour survey released Thursday')).toBeNull();
    expect(nameInSource('A Feb. 3 letter to pilots')).toBeNull();
    expect(nameInSource('About 3 in 10')).toBeNull();
    expect(nameInSource('Some 40 percent of pilots')).toBeNull();
  });

  it('scores a description by its head, past a participle and its date', () => {
    const surveyText = 'A harbour survey released Monday said pilots were tired.';
    const span = (fragment: string) => [
      { start: surveyText.indexOf(fragment), end: surveyText.indexOf(fragment) + fragment.length },
    ];
    const gold = {
      id: 'E1',
      source: span('A harbour survey released Monday'),
      cue: span('said'),
      content: span('pilots were tired'),
    };
    expect(
      goldSpeaker({ name: 'invented', text: surveyText, attributions: [gold], chains: null }, gold),
    ).toEqual({ name: 'survey', via: 'description' });
    const messages = 'Text messages discovered on a phone said the pier was shut.';
    const found = { id: 'E2', source: [{ start: 0, end: 35 }], cue: [], content: [] };
    expect(
      goldSpeaker({ name: 'invented', text: messages, attributions: [found], chains: null }, found),
    ).toEqual({ name: 'messages', via: 'description' });
    const dated = { id: 'E3', source: [{ start: 0, end: 24 }], cue: [], content: [] };
    expect(
      goldSpeaker(
        {
          name: 'invented',
          text: 'A harbour poll last week found pilots tired.',
          attributions: [dated],
          chains: null,
        },
        dated,
      ),
    ).toEqual({ name: 'poll', via: 'description' });
  });

  it('matches a surname to a full name but not to a namesake', () => {
    expect(sameSpeaker({ name: 'Clinton', via: 'name' }, 'Hillary Clinton')).toBe(true);
    expect(sameSpeaker({ name: 'Bill Clinton', via: 'name' }, 'Hillary Clinton')).toBe(false);
    expect(sameSpeaker({ name: 'aides', via: 'description' }, 'senior aide')).toBe(true);
  });

  it('keeps a title word that heads a description, and drops one before a name', () => {
    expect(sameSpeaker({ name: 'representative', via: 'description' }, 'representative')).toBe(true);
    expect(sameSpeaker({ name: 'judge', via: 'description' }, 'federal judge')).toBe(true);
    expect(sameSpeaker({ name: 'Chief Lund', via: 'name' }, 'Rhea Lund')).toBe(true);
    expect(sameSpeaker({ name: 'Professor Lund', via: 'name' }, 'Rhea Lund')).toBe(true);
    expect(sameSpeaker({ name: 'Chief Lund', via: 'name' }, 'Rhea Tarn')).toBe(false);
  });

  it('reads no name from a capitalised pronoun of quantity, and takes the apposition after it', () => {
    expect(nameInSource('One of her advisers, Tad Orrin,')).toBe('Tad Orrin');
    expect(nameInSource('Others')).toBeNull();
    expect(nameInSource('Both')).toBeNull();
  });
});
