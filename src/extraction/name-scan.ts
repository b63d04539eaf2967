// Names introduced outside any attribution ("… was led by Defense Minister Abel Tran.") are still
// the people a later "Tran said" or "he said" refers to, so they are noticed as they pass.
import { parseNameRun } from './source-mention';
import { SpeakerMemory } from './speaker-memory';

const NAME_RUN = /(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|de|van|von|bin|al)\s+)?)+[\p{Lu}][\p{L}'’-]*/gu;

export function noticeNames(sentence: string, memory: SpeakerMemory, index: number): void {
  for (const match of sentence.matchAll(NAME_RUN)) {
    // A possessive ends the name: "Russia's delegation" names no speaker.
    const run = match[0].replace(/['’]s?$/, '');
    const mention = parseNameRun(run);
    if (mention) memory.notice(mention, index);
  }
}
