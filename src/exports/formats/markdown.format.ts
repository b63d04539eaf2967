import { ReportClaim, ReportDocument } from '../report-claim';
import { currentReview, ReportFormatter, reportLinks } from './report-formatter';
import { day, isQuoted, OutlineEvent, outline, percent, QUOTE_LABELS, STANCE_LABELS } from './report-outline';

// Escapes the characters Markdown would read as syntax, and folds line breaks so a claim stays one item.
export function md(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`);
}

const link = (label: string, url: string) =>
  `[${md(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

function documentHeader(document: ReportDocument, readerUrl: string): string {
  const lines = [`## ${md(document.title)}`, ''];
  const facts = [
    document.publisher && `Publisher: ${md(document.publisher)}`,
    document.authors.length > 0 && `Authors: ${document.authors.map(md).join(', ')}`,
    document.publishedAt && `Published: ${day(document.publishedAt)}`,
    `Kind: ${document.kind}`,
  ].filter(Boolean);
  lines.push(`${facts.join(' · ')}  `);
  lines.push(
    `Source: ${document.url ? link(document.url, document.url) : 'not given'} · Stored: ${link(document.id, readerUrl)}`,
  );
  if (document.retractedAt)
    lines.push('', `**Retracted** ${day(document.retractedAt)}: ${md(document.retractionReason ?? '')}`);
  const p = document.profile!;
  lines.push(
    '',
    `**Sourcing profile:** named sources ${percent(p.named)}, unnamed sources ${percent(p.unnamed)}, ` +
      `editorial voice ${percent(p.editorial)}, uncovered ${percent(p.uncovered)} of the text.`,
    '',
    '',
  );
  return lines.join('\n');
}

function claimItem(claim: ReportClaim, links: ReturnType<typeof reportLinks>): string {
  // People follow links to the reader's pages; the API URLs are ids, in the machine-readable formats.
  const claimUrl = links.readerClaim(claim.id);
  // A direct quote carries its own quotation marks: a second pair would misquote it.
  const said = isQuoted(claim.text) ? md(claim.text) : `“${md(claim.text)}”`;
  const how = [claim.cue && `“${md(claim.cue)}”`, QUOTE_LABELS[claim.quote]].filter(Boolean).join(', ');
  const status = claim.verdict ? `verdict **${claim.verdict}**` : claim.reviewStatus;
  const lines = [`- ${said} — ${how}; ${status} (${link('claim', claimUrl)})`];
  if (claim.speakerMention && claim.speaker && claim.speakerMention !== claim.speaker.name) {
    lines.push(
      `  - Named here as “${md(claim.speakerMention)}”${claim.speakerRole ? `, ${md(claim.speakerRole)}` : ''}`,
    );
  }
  if (claim.retractedAt)
    lines.push(`  - **Retracted** ${day(claim.retractedAt)}: ${md(claim.retractionReason ?? '')}`);
  const current = currentReview(claim);
  for (const review of claim.reviews) {
    const mark = review === current ? 'Verdict' : 'Earlier verdict';
    lines.push(
      `  - ${mark}: **${review.verdict}** by ${md(review.reviewerName)} on ${day(review.createdAt)} — ${md(review.rationale)}`,
    );
  }
  for (const e of claim.evidence) {
    const title = e.title ?? e.url ?? e.sourceDocumentId ?? 'source';
    const target = e.url ?? (e.sourceDocumentId ? links.readerDocument(e.sourceDocumentId) : claimUrl);
    const passage = e.exact ? `: “${md(e.exact)}”` : '';
    lines.push(
      `  - ${STANCE_LABELS[e.stance]}: ${link(title, target)}${e.publisher ? `, ${md(e.publisher)}` : ''}${passage}${e.note ? ` — ${md(e.note)}` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** A readable Markdown report: per document its header and sourcing profile, claims by speaker, editorial assertions, evidence and verdicts. */
export const markdownFormat: ReportFormatter = {
  passes: 1,
  async *write(context, source) {
    const links = reportLinks(context.baseUrl);
    const total = await source.count();
    yield `# ${md(context.title)}\n\nGenerated ${context.generatedAt.toISOString()} by claimtrail · ${total} claim${total === 1 ? '' : 's'}\n\n`;
    const render = (event: OutlineEvent): string => {
      switch (event.type) {
        case 'document':
          return documentHeader(event.document, links.readerDocument(event.document.id));
        case 'section':
          return event.section === 'attributed'
            ? '### Attributed claims\n\n'
            : '### Editorial assertions\n\n';
        case 'speaker': {
          const s = event.speaker;
          return s ? `#### ${md(s.name)} (${s.kind})\n\n` : '#### Unidentified speaker\n\n';
        }
        case 'claim':
          return claimItem(event.claim, links);
        case 'end-section':
        case 'end-document':
          return '\n';
      }
    };
    for await (const events of outline(source.claims('grouped', { profile: true })))
      yield events.map(render).join('');
  },
};
