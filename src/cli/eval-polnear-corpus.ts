// Reads a local copy of the PolNeAR corpus (brat stand-off attributions beside the raw texts, and
// CoreNLP XML when present) into plain records for eval-polnear-scoring.ts. Nothing here is committed data.
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';

export interface Fragment {
  start: number;
  end: number;
}

export interface GoldAttribution {
  id: string;
  // No source: "it was reported that …" (PolNeAR's Attribution-no-source).
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}

/** A coreference chain from CoreNLP: each mention's span and head, in text order. */
export interface CorefMention extends Fragment {
  headStart: number;
  headEnd: number;
  text: string;
  // The mention's words up to its head, when the head is a proper noun CoreNLP tags as a person or
  // organisation ("Tom Emanuel" of "Tom Emanuel of Laconia"); null otherwise.
  name: string | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
  // Null when the copy has no CoreNLP file for the article.
  chains: CorefMention[][] | null;
}

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** The split's folder: PATH may be the repository root or its data/ folder. */
export function splitFolder(root: string, split: Split): string {
  const candidates = [join(root, 'data', split), join(root, split)];
  const found = candidates.find((folder) => existsSync(join(folder, 'attributions')));
  if (!found) throw new Error(`no ${split}/attributions folder under ${root}`);
  return found;
}

/**
 * The articles of one split. An article annotated by several annotators is read once, with the
 * annotation whose annotator id sorts first, so every run scores the same gold.
 */
export function readSplit(folder: string): PolnearArticle[] {
  const byArticle = new Map<string, string>();
  for (const file of readdirSync(join(folder, 'attributions')).sort()) {
    const match = /^(.+)_[0-9a-f]+\.ann$/.exec(file);
    if (match && !byArticle.has(match[1])) byArticle.set(match[1], file);
  }
  return [...byArticle.entries()].map(([name, file]) => {
    const text = readFileSync(join(folder, 'text', `${name}.txt`), 'utf8');
    const attributions = parseBrat(readFileSync(join(folder, 'attributions', file), 'utf8'));
    const xml = join(folder, 'corenlp', `${name}.txt.xml`);
    const chains = existsSync(xml) ? parseCoreference(readFileSync(xml, 'utf8')) : null;
    return { name, text, attributions, chains };
  });
}

const TEXT_BOUND = /^(T\d+)\t(\S+) ([\d; ]+)\t/;
const EVENT = /^(E\d+)\t(.+)$/;

/** Attribution events of a brat .ann file; the annotators' Discuss and Discard notes are left out. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; fragments: Fragment[] }>();
  const events: { id: string; args: string[] }[] = [];
  for (const line of ann.split('\n')) {
    const bound = TEXT_BOUND.exec(line);
    if (bound) {
      const fragments = bound[3].split(';').map((part) => {
        const [start, end] = part.trim().split(' ').map(Number);
        return { start, end };
      });
      spans.set(bound[1], { type: bound[2], fragments });
      continue;
    }
    const event = EVENT.exec(line);
    if (event) events.push({ id: event[1], args: event[2].trim().split(/\s+/) });
  }
  const roleOf = (args: string[], role: string) =>
    args
      .filter((arg) => arg.startsWith(`${role}:`))
      .flatMap((arg) => spans.get(arg.slice(role.length + 1))?.fragments ?? []);
  return events
    .filter((event) => /^Attribution/.test(event.args[0]))
    .map((event) => ({
      id: event.id,
      source: roleOf(event.args, 'Source'),
      cue: roleOf(event.args, 'Cue'),
      content: roleOf(event.args, 'Content'),
    }))
    .filter((attribution) => attribution.content.length > 0);
}

interface Token extends Fragment {
  pos: string;
  ner: string;
}

const SENTENCE = /<sentence id="\d+"[^>]*>([\s\S]*?)<\/sentence>/g;
const TOKEN =
  /<token id="\d+">[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>\s*<POS>([^<]*)<\/POS>\s*<NER>([^<]*)<\/NER>/g;
const CHAIN = /<coreference>\s*(<mention[\s\S]*?)<\/coreference>/g;
const MENTION =
  /<mention[^>]*>\s*<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>\s*<head>(\d+)<\/head>\s*<text>([^<]*)<\/text>/g;

/** CoreNLP's coreference chains with character offsets, from its XML output. */
export function parseCoreference(xml: string): CorefMention[][] {
  const split = xml.indexOf('<coreference>');
  const sentences: Token[][] = [];
  for (const sentence of xml.slice(0, split < 0 ? xml.length : split).matchAll(SENTENCE)) {
    sentences.push(
      [...sentence[1].matchAll(TOKEN)].map((token) => ({
        start: Number(token[1]),
        end: Number(token[2]),
        pos: token[3],
        ner: token[4],
      })),
    );
  }
  if (split < 0) return [];
  const chains: CorefMention[][] = [];
  for (const chain of xml.slice(split).matchAll(CHAIN)) {
    const mentions: CorefMention[] = [];
    for (const mention of chain[1].matchAll(MENTION)) {
      const tokens = sentences[Number(mention[1]) - 1];
      const [start, end, head] = [Number(mention[2]) - 1, Number(mention[3]) - 2, Number(mention[4]) - 1];
      if (!tokens?.[start] || !tokens[end] || !tokens[head]) continue;
      const named = tokens[head].pos.startsWith('NNP') && /^(?:PERSON|ORGANIZATION)$/.test(tokens[head].ner);
      const text = decodeEntities(mention[5]);
      mentions.push({
        start: tokens[start].start,
        end: tokens[end].end,
        headStart: tokens[head].start,
        headEnd: tokens[head].end,
        text,
        name: named ? text.slice(0, tokens[head].end - tokens[start].start) : null,
      });
    }
    if (mentions.length > 0) chains.push(mentions.sort((a, b) => a.start - b.start));
  }
  return chains;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
