import { EvidenceResponse } from '../../evidence/dto/evidence.response';
import { EVIDENCE_STANCES, EvidenceStance } from '../../evidence/evidence-stance';
import { markup, safeHref, SafeHtml } from '../../common/html';
import { ClaimView } from '../reader.view-models';
import { formatDate, formatDateTime, plural, quoteLabel, speakerKindLabel } from './format';
import { layout, Viewer } from './layout';

const STANCE_HEADINGS: Record<EvidenceStance, string> = {
  corroborates: 'Corroborating',
  disputes: 'Disputing',
  context: 'Context',
};

function row(label: string, value: SafeHtml | string | null | undefined): SafeHtml | null {
  return value === null || value === undefined || value === ''
    ? null
    : markup`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
}

function whoSaidIt(view: ClaimView): SafeHtml {
  const c = view.claim;
  if (c.kind === 'editorial') {
    return markup`<p>No one is quoted: this is the outlet’s own voice${view.document.publisher ? markup` (${view.document.publisher})` : null}.</p>`;
  }
  return markup`<table class="facts-table"><tbody>
${row('Speaker', c.speaker ? markup`${c.speaker.name} <span class="badge">${speakerKindLabel(c.speaker.kind)}</span>` : 'Unidentified')}
${row('As written', c.speakerMention)}
${row('Role', c.speakerRole)}
${row('Cue', c.cue ? markup`“${c.cue}”` : null)}
${row('Quotation', quoteLabel(c.quote))}
</tbody></table>`;
}

function evidenceItem(e: EvidenceResponse): SafeHtml {
  const title = e.source.title ?? e.source.url ?? 'Untitled source';
  const href = e.source.documentId ? `/documents/${e.source.documentId}` : safeHref(e.source.url);
  const byline = [e.source.publisher, e.source.publishedAt ? formatDate(e.source.publishedAt) : null]
    .filter(Boolean)
    .join(' · ');
  return markup`<li>
${href ? markup`<a href="${href}"${e.source.documentId ? null : markup` rel="noopener noreferrer nofollow"`}>${title}</a>` : markup`${title}`}${byline ? markup` <span class="muted">${byline}</span>` : null}
${e.source.exact ? markup`<blockquote class="context">${e.source.exact}</blockquote>` : null}
${e.note ? markup`<p>${e.note}</p>` : null}
<p class="muted">Linked by ${e.addedBy} on <time datetime="${e.createdAt}">${formatDate(e.createdAt)}</time></p>
</li>`;
}

function evidence(view: ClaimView): SafeHtml {
  const groups = EVIDENCE_STANCES.map((stance) => {
    const items = view.evidence.filter((e) => e.stance === stance);
    return markup`<h3>${STANCE_HEADINGS[stance]} <span class="muted">(${items.length})</span></h3>
${items.length ? markup`<ul class="evidence-list" data-stance="${stance}">${items.map(evidenceItem)}</ul>` : markup`<p class="muted">None linked.</p>`}`;
  });
  return markup`<section aria-labelledby="evidence-heading"><h2 id="evidence-heading">Evidence</h2>${groups}</section>`;
}

function verdictHistory(view: ClaimView): SafeHtml {
  return markup`<section aria-labelledby="verdicts-heading"><h2 id="verdicts-heading">Verdict history</h2>
${
  view.verdictHistory.length
    ? markup`<ol class="history" id="verdict-history">${view.verdictHistory.map(
        (v) =>
          markup`<li><span class="verdict">${v.verdict}</span>${v.current ? markup` <span class="badge">current</span>` : null} by ${v.reviewer}, <time datetime="${v.at}">${formatDateTime(v.at)}</time><p>${v.rationale}</p></li>`,
      )}</ol>`
    : markup`<p class="muted">Not reviewed yet.</p>`
}</section>`;
}

function auditHistory(view: ClaimView): SafeHtml {
  return markup`<section aria-labelledby="audit-heading"><h2 id="audit-heading">Audit history</h2>
${
  view.auditHistory.length
    ? markup`<ol class="history" id="audit-history">${view.auditHistory.map(
        (a) =>
          markup`<li><time datetime="${a.at}">${formatDateTime(a.at)}</time>: ${a.actor} — ${a.action} ${a.entityType}${a.changedFields.length ? markup` <span class="muted">(${a.changedFields.join(', ')})</span>` : null}</li>`,
      )}</ol>`
    : markup`<p class="muted">No recorded changes.</p>`
}</section>`;
}

// A claim a newer extraction replaced keeps its page (links to it must not break), marked as replaced.
function superseded(view: ClaimView): SafeHtml | null {
  const c = view.claim;
  if (c.state !== 'superseded') return null;
  return markup`<p class="notice" id="superseded">A newer extraction replaced this claim${c.supersededAt ? markup` on <time datetime="${c.supersededAt}">${formatDate(c.supersededAt)}</time>` : null}${c.supersededBy ? markup`: see <a href="/claims/${c.supersededBy}">the claim that took its place</a>` : null}.</p>`;
}

/** GET /claims/:id: where the claim appears, who said it, the evidence, its verdicts and its audit trail. */
export function renderClaimPage(view: ClaimView, viewer: Viewer | null = null): string {
  const c = view.claim;
  const ctx = view.context;
  const inDocument = `/documents/${view.document.id}#claim-${c.id}`;
  const heading = c.kind === 'editorial' ? 'Editorial assertion' : 'Attributed claim';
  return layout({
    viewer,
    title: `${heading}: ${c.text.slice(0, 80)}`,
    main: markup`<article class="claim-page">
<p><a href="${inDocument}">← ${view.document.title}</a></p>
<h1>${heading}</h1>
${superseded(view)}
<blockquote class="claim-text ${view.colourClass}" id="claim-text">${c.text}</blockquote>
<p class="meta">${c.reviewStatus === 'reviewed' && c.verdict ? markup`<span class="verdict">Verdict: ${c.verdict}</span> · ` : markup`${c.reviewStatus.replace('-', ' ')} · `}${plural(c.provenance.corroborating, 'corroborating source')} · ${plural(c.provenance.disputing, 'disputing source')}</p>
<section aria-labelledby="where-heading">
<h2 id="where-heading">Where it appears</h2>
<p>In <a href="/documents/${view.document.id}">${view.document.title}</a>${view.document.publisher ? markup`, ${view.document.publisher}` : null}${view.document.publishedAt ? markup`, <time datetime="${view.document.publishedAt}">${formatDate(view.document.publishedAt)}</time>` : null} (characters ${c.start}–${c.end}).</p>
<div class="context" id="claim-context">${ctx.truncatedBefore ? '…' : ''}${ctx.before}<mark class="claim ${view.colourClass}" data-kind="${c.kind}">${ctx.exact}</mark>${ctx.after}${ctx.truncatedAfter ? '…' : ''}</div>
<p><a href="${inDocument}">Show it in the document</a></p>
</section>
<section aria-labelledby="who-heading">
<h2 id="who-heading">Who said it</h2>
${whoSaidIt(view)}
<p class="muted">Found by ${c.origin === 'extraction' ? markup`the extraction engine${c.extractorVersion ? markup` ${c.extractorVersion}` : null}${c.confidence !== null ? markup`, confidence ${c.confidence.toFixed(2)}` : null}` : 'hand (manual claim)'}.</p>
</section>
${evidence(view)}
${verdictHistory(view)}
${auditHistory(view)}
</article>`,
  });
}
