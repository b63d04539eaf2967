import { isoTime } from '../../common/timestamps';
import { escapeHtml, safeHref as safeLink } from '../../common/html';
import { ReportClaim, ReportDocument } from '../report-claim';
import { currentReview, ReportFormatter, reportLinks } from './report-formatter';
import { day, isQuoted, OutlineEvent, outline, percent, QUOTE_LABELS, STANCE_LABELS } from './report-outline';

const html = escapeHtml;
const safeHref = (url: string) => html(safeLink(url) ?? '#');
const a = (label: string, url: string) => `<a href="${safeHref(url)}">${html(label)}</a>`;

// Printable: black on white, no fixed layout, links spelled out on paper, no page break inside a claim.
const STYLE = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; }
h2 { border-top: 2px solid #111; padding-top: 1rem; margin-top: 2.5rem; }
.meta, .generated { color: #444; font-size: 0.9em; }
.profile { display: flex; height: 0.8rem; border: 1px solid #111; margin: 0.3rem 0 0.2rem; }
.profile span { display: block; height: 100%; }
.named { background: #1f5fa8; } .unnamed { background: #8fb3dc; } .editorial { background: #c0392b; } .uncovered { background: #eee; }
.legend { list-style: none; padding: 0; margin: 0.2rem 0 1rem; font-size: 0.9em; color: #444; }
.legend li { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #111; margin-right: 0.3em; vertical-align: -0.1em; }
.claim { margin: 0 0 1rem; padding-left: 0.8rem; border-left: 3px solid #999; break-inside: avoid; page-break-inside: avoid; }
.claim q, .claim .said { font-style: italic; }
.verdict { font-weight: bold; }
.retracted { color: #a00; font-weight: bold; }
ul.evidence, ul.reviews { margin: 0.2rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; word-break: break-all; }
  h2 { break-before: page; } h2:first-of-type { break-before: auto; }
  .profile span, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

const PROFILE_PARTS = [
  ['named', 'Named sources'],
  ['unnamed', 'Unnamed sources'],
  ['editorial', 'Editorial voice'],
  ['uncovered', 'Uncovered'],
] as const;

function documentHeader(document: ReportDocument, readerUrl: string): string {
  const p = document.profile!;
  const facts = [
    document.publisher && `Publisher: ${html(document.publisher)}`,
    document.authors.length > 0 && `Authors: ${document.authors.map(html).join(', ')}`,
    document.publishedAt &&
      `Published: <time datetime="${isoTime(document.publishedAt)}">${day(document.publishedAt)}</time>`,
    `Kind: ${html(document.kind)}`,
  ].filter(Boolean);
  const bar = PROFILE_PARTS.map(
    ([k, label]) =>
      `<span class="${k}" style="width:${(p[k] * 100).toFixed(2)}%" title="${label} ${percent(p[k])}"></span>`,
  ).join('');
  // The legend says what each colour of the bar stands for, and its share, in words.
  const legend = PROFILE_PARTS.map(
    ([k, label]) => `<li><span class="swatch ${k}"></span>${label} ${percent(p[k])}</li>`,
  ).join('');
  return `<section class="document">
<h2>${html(document.title)}</h2>
<p class="meta">${facts.join(' · ')}<br>Source: ${document.url ? a(document.url, document.url) : 'not given'} · Stored: ${a(document.id, readerUrl)}</p>
${document.retractedAt ? `<p class="retracted">Retracted ${day(document.retractedAt)}: ${html(document.retractionReason ?? '')}</p>\n` : ''}<p class="meta">Sourcing profile of the text:</p>
<div class="profile" role="img" aria-label="sourcing profile: named sources ${percent(p.named)}, unnamed sources ${percent(p.unnamed)}, editorial voice ${percent(p.editorial)}, uncovered ${percent(p.uncovered)}">${bar}</div>
<ul class="legend">${legend}</ul>
`;
}

function claimBlock(claim: ReportClaim, links: ReturnType<typeof reportLinks>): string {
  // People follow links to the reader's pages; the API URLs are ids, in the machine-readable formats.
  const claimUrl = links.readerClaim(claim.id);
  // <q> adds quotation marks; a direct quote carries its own, and a second pair would misquote it.
  const said = isQuoted(claim.text)
    ? `<span class="said">${html(claim.text)}</span>`
    : `<q>${html(claim.text)}</q>`;
  const how = [claim.cue && `“${html(claim.cue)}”`, QUOTE_LABELS[claim.quote]].filter(Boolean).join(', ');
  const status = claim.verdict
    ? `<span class="verdict">${html(claim.verdict)}</span>`
    : html(claim.reviewStatus);
  const parts = [`<div class="claim" id="claim-${claim.id}">`, `<p>${said}</p>`];
  const named =
    claim.speakerMention && claim.speaker && claim.speakerMention !== claim.speaker.name
      ? ` · named here as “${html(claim.speakerMention)}”${claim.speakerRole ? `, ${html(claim.speakerRole)}` : ''}`
      : '';
  parts.push(`<p class="meta">${how}${named} · ${status} · ${a('claim', claimUrl)}</p>`);
  if (claim.retractedAt)
    parts.push(
      `<p class="retracted">Retracted ${day(claim.retractedAt)}: ${html(claim.retractionReason ?? '')}</p>`,
    );
  const current = currentReview(claim);
  if (claim.reviews.length > 0) {
    const items = claim.reviews.map(
      (r) =>
        `<li>${r === current ? 'Verdict' : 'Earlier verdict'}: <span class="verdict">${html(r.verdict)}</span> by ${html(r.reviewerName)} on ${day(r.createdAt)} — ${html(r.rationale)}</li>`,
    );
    parts.push(`<ul class="reviews">${items.join('')}</ul>`);
  }
  if (claim.evidence.length > 0) {
    const items = claim.evidence.map((e) => {
      const title = e.title ?? e.url ?? e.sourceDocumentId ?? 'source';
      const passage = e.exact ? `: <q>${html(e.exact)}</q>` : '';
      const url = e.url ?? (e.sourceDocumentId ? links.readerDocument(e.sourceDocumentId) : null);
      return `<li>${STANCE_LABELS[e.stance]}: ${url ? a(title, url) : html(title)}${e.publisher ? `, ${html(e.publisher)}` : ''}${passage}${e.note ? ` — ${html(e.note)}` : ''}</li>`;
    });
    parts.push(`<ul class="evidence">${items.join('')}</ul>`);
  }
  parts.push('</div>\n');
  return parts.join('\n');
}

/** The md report as a printable HTML page (inline styles only, so it prints and saves as one file). */
export const htmlFormat: ReportFormatter = {
  passes: 1,
  async *write(context, source) {
    const links = reportLinks(context.baseUrl);
    const total = await source.count();
    yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimtrail">
<title>${html(context.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${html(context.title)}</h1>
<p class="generated">Generated <time datetime="${context.generatedAt.toISOString()}">${context.generatedAt.toISOString()}</time> by claimtrail · ${total} claim${total === 1 ? '' : 's'}</p></header>
<main>
`;
    const render = (event: OutlineEvent): string => {
      switch (event.type) {
        case 'document':
          return documentHeader(event.document, links.readerDocument(event.document.id));
        case 'section':
          return event.section === 'attributed'
            ? '<section class="attributed"><h3>Attributed claims</h3>\n'
            : '<section class="editorial"><h3>Editorial assertions</h3>\n';
        case 'speaker': {
          const s = event.speaker;
          return s
            ? `<h4>${html(s.name)} <span class="meta">(${html(s.kind)})</span></h4>\n`
            : '<h4>Unidentified speaker</h4>\n';
        }
        case 'claim':
          return claimBlock(event.claim, links);
        case 'end-section':
        case 'end-document':
          return '</section>\n';
      }
    };
    for await (const events of outline(source.claims('grouped', { profile: true })))
      yield events.map(render).join('');
    yield '</main>\n</body>\n</html>\n';
  },
};
