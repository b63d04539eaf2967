import { TextSegment } from '../highlight';
import { markup, safeHref, SafeHtml } from '../../common/html';
import { DocumentView, MarkedClaim, SpeakerView } from '../reader.view-models';
import { formatDate, percent, plural, quoteLabel, speakerKindLabel, truncate } from './format';
import { layout, Viewer } from './layout';
import { canWrite, newClaimPanel } from './workspace-page';

const LIST_TEXT_CHARS = 240;

function markTitle(entry: MarkedClaim, speakers: Map<string, SpeakerView>): string {
  if (entry.speakerKey === null) return 'Editorial assertion: the outlet’s own voice';
  const speaker = speakers.get(entry.speakerKey)!;
  const cue = entry.claim.cue ? `, ${entry.claim.cue}` : '';
  return `${speaker.name} (${speakerKindLabel(speaker.kind)})${cue}: ${quoteLabel(entry.claim.quote)}`;
}

// Each run of text is wrapped in one <mark> per claim covering it (outermost first); a claim's first
// run carries its anchor id and its marker, so every claim has exactly one #claim-<id>.
function renderSegment(segment: TextSegment<MarkedClaim>, speakers: Map<string, SpeakerView>): SafeHtml {
  let inner = markup`${segment.text}`;
  for (const entry of [...segment.spans].reverse()) {
    const anchor = segment.starts.includes(entry);
    inner = markup`<mark class="claim ${entry.colourClass}" data-claim-id="${entry.id}" data-kind="${entry.claim.kind}" data-speaker="${entry.speakerKey ?? ''}" data-unnamed="${String(entry.unnamed)}" title="${markTitle(entry, speakers)}"${anchor ? markup` id="claim-${entry.id}" tabindex="-1" data-marker="${entry.marker}"` : null}>${inner}</mark>`;
  }
  return inner;
}

function facts(entry: MarkedClaim): SafeHtml {
  const c = entry.claim;
  const parts: Array<SafeHtml | string> = [];
  if (c.kind === 'attributed') {
    if (c.speakerRole) parts.push(c.speakerRole);
    if (c.cue) parts.push(markup`cue “${c.cue}”`);
    parts.push(quoteLabel(c.quote));
  }
  if (c.reviewStatus === 'reviewed' && c.verdict)
    parts.push(markup`<span class="verdict">Verdict: ${c.verdict}</span>`);
  parts.push(`${c.provenance.corroborating} corroborating, ${c.provenance.disputing} disputing`);
  const joined = parts.map((part, i) => markup`${i ? ' · ' : ''}${part}`);
  return markup`<p class="facts">${joined} · <a href="/claims/${c.id}">Provenance<span class="visually-hidden"> of this claim</span></a></p>`;
}

function claimEntry(entry: MarkedClaim): SafeHtml {
  return markup`<li class="${entry.colourClass}" data-claim-id="${entry.id}" data-kind="${entry.claim.kind}" data-speaker="${entry.speakerKey ?? ''}" data-unnamed="${String(entry.unnamed)}">
<a class="claim-link" href="#claim-${entry.id}">“${truncate(entry.claim.text, LIST_TEXT_CHARS)}”</a>
${facts(entry)}
</li>`;
}

function speakerGroup(speaker: SpeakerView): SafeHtml {
  return markup`<li class="claim-group speaker-${speaker.slot}">
<h3><span class="swatch" aria-hidden="true">${speaker.marker}</span><span>${speaker.name}</span> <span class="badge">${speakerKindLabel(speaker.kind)}</span> <span class="muted">${plural(speaker.claims.length, 'claim')}</span></h3>
<ul class="claim-list">${speaker.claims.map(claimEntry)}</ul>
</li>`;
}

function profile(view: DocumentView): SafeHtml {
  const rows: Array<[string, number]> = [
    ['Named sources', view.profile.named],
    ['Unnamed sources', view.profile.unnamed],
    ['The outlet’s own voice', view.profile.editorial],
    ['No claim', view.profile.uncovered],
  ];
  return markup`<section class="panel" aria-labelledby="profile-heading">
<h2 id="profile-heading">Sourcing profile</h2>
<p class="muted">Share of the text attributed to named sources, to unnamed sources, and asserted by the outlet.</p>
<dl class="profile" id="sourcing-profile">${rows.map(
    ([label, share]) =>
      markup`<dt>${label}</dt><dd class="bar"><meter min="0" max="1" value="${share.toFixed(4)}" aria-hidden="true"></meter></dd><dd>${percent(share)}</dd>`,
  )}</dl>
</section>`;
}

function filters(view: DocumentView): SafeHtml {
  const choices: Array<[string, string]> = [
    ['all', 'All claims'],
    ['attributed', 'Attributed only'],
    ['editorial', 'Editorial only'],
    ['unnamed', 'Unnamed sources only'],
  ];
  if (view.speakers.length) choices.push(['speaker', 'One speaker']);
  // Hidden until reader.js runs: without script the controls could not work, and every highlight shows.
  return markup`<form class="panel filters" id="filters" hidden>
<fieldset>
<legend>Show in the text and lists</legend>
<div class="choices">${choices.map(
    ([value, label]) =>
      markup`<label><input type="radio" name="show" value="${value}"${value === 'all' ? markup` checked` : null}> ${label}</label>`,
  )}</div>
</fieldset>
${
  view.speakers.length
    ? markup`<label for="filter-speaker">Speaker</label>
<select id="filter-speaker" name="speaker">${view.speakers.map(
        (s) => markup`<option value="${s.key}">${s.marker} · ${s.name}</option>`,
      )}</select>`
    : null
}
<p class="muted" id="filter-status" role="status" aria-live="polite"></p>
</form>`;
}

function documentMeta(view: DocumentView): SafeHtml {
  const d = view.document;
  const parts: SafeHtml[] = [markup`${d.publisher ?? 'Unknown publisher'}`];
  if (d.publishedAt)
    parts.push(markup`<time datetime="${d.publishedAt}">${formatDate(d.publishedAt)}</time>`);
  if (d.authors.length) parts.push(markup`by ${d.authors.join(', ')}`);
  parts.push(markup`${d.kind}`);
  const href = safeHref(d.url);
  if (href) parts.push(markup`<a href="${href}" rel="noopener noreferrer nofollow">Original</a>`);
  return markup`<p class="meta">${parts.map((p, i) => markup`${i ? ' · ' : ''}${p}`)}</p>`;
}

/** GET /documents/:id: the text with every claim highlighted, the sourcing profile and the two claim lists. */
export function renderDocumentPage(view: DocumentView, viewer: Viewer | null = null): string {
  const speakers = new Map(view.speakers.map((s) => [s.key, s]));
  const attributedCount = view.speakers.reduce((n, s) => n + s.claims.length, 0);
  return layout({
    viewer,
    title: view.document.title,
    main: markup`<article class="doc" data-reader-document>
<p><a href="/">← All documents</a></p>
<h1>${view.document.title}</h1>
${documentMeta(view)}
<div class="doc-layout">
<section aria-labelledby="text-heading">
<h2 id="text-heading" class="visually-hidden">Text</h2>
<p class="muted">Highlights: a numbered colour per speaker; <span class="swatch editorial">E</span> marks editorial assertions; a dotted underline marks unnamed sources.</p>
<div class="doc-text" id="document-text">${view.segments.map((s) => renderSegment(s, speakers))}</div>
</section>
<div class="doc-aside">
${canWrite(viewer) ? newClaimPanel() : null}
${profile(view)}
${filters(view)}
<section aria-labelledby="attributed-heading">
<h2 id="attributed-heading">Attributed claims <span class="muted">(${attributedCount})</span></h2>
<ul class="claim-groups" id="attributed-list">${view.speakers.map(speakerGroup)}</ul>
<p class="muted" data-empty-note="attributed-list"${attributedCount ? markup` hidden` : null}>No attributed claims to show.</p>
</section>
<section aria-labelledby="editorial-heading">
<h2 id="editorial-heading">Editorial assertions <span class="muted">(${view.editorial.length})</span></h2>
<p class="muted">Statements in the outlet’s own voice.</p>
<ul class="claim-list" id="editorial-list">${view.editorial.map(claimEntry)}</ul>
<p class="muted" data-empty-note="editorial-list"${view.editorial.length ? markup` hidden` : null}>No editorial assertions to show.</p>
</section>
</div>
</div>
</article>`,
  });
}
