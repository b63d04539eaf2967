// Names introduced outside any attribution ("… was led by Defense Minister Abel Tran.") are still
// the people a later "Tran said" or "he said" refers to, so they are noticed as they pass.
import { parseNameRun } from './source-mention';
import { SpeakerMemory } from './speaker-memory';

const NAME_RUN = /(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|de|van|von|bin|al)\s+)?)+[\p{Lu}][\p{L}'’-]*/gu;

export function noticeNames(sentence: string, memory: SpeakerMemory, index: number, salient: boolean): void {
  for (const match of sentence.matchAll(NAME_RUN)) {
    // A possessive ends the name: "Russia's delegation" names no speaker.
    let run = match[0].replace(/['’]s?$/, '');
    // "Voltara Inc." keeps its stop, as the company's name is written with it.
    if (/\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Plc)$/.test(run) && sentence[match.index! + run.length] === '.') run += '.';
    const mention = parseNameRun(run);
    if (mention) memory.notice(mention, index, salient);
  }
  // A lone surname of someone already known ("Olsen has no plans to move.") makes them the topic again.
  if (salient) for (const match of sentence.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)) memory.touchSurname(match[0], index);
}
