import { EVIDENCE_STANCES } from '../../evidence/evidence-stance';
import { CLAIM_KINDS, REVIEW_STATUSES, VERDICTS } from '../../claims/claim-enums';
import { SPEAKER_KINDS } from '../../speakers/speaker-kind';
import { markup, SafeHtml } from '../../common/html';
import { layout, Viewer } from './layout';

/** The keys the workspace answers to (web/keyboard.ts binds the same list); shown on the page and in docs/workspace.md. */
export const WORKSPACE_SHORTCUTS: Array<[string, string]> = [
  ['j', 'Next claim in the queue'],
  ['k', 'Previous claim in the queue'],
  [
    '1 – 7',
    `Choose a verdict (${VERDICTS.map((v, i) => `${i + 1} ${v}`).join(', ')}) and go to the rationale`,
  ],
  ['Ctrl+Enter', 'Give the verdict (in the rationale)'],
  ['a', 'Accept the first open suggestion'],
  ['r', 'Reject the first open suggestion'],
  ['e', 'Edit the claim'],
  ['/', 'Search stored documents for evidence'],
  ['?', 'Go to this list of keys'],
];

const options = (values: readonly string[], selected?: string): SafeHtml[] =>
  values.map((v) => markup`<option value="${v}"${v === selected ? markup` selected` : null}>${v}</option>`);

/** A speaker chooser: search the stored speakers, or name a new one (web/speaker-picker.ts drives it). */
export function speakerPicker(prefix: string, legend: string): SafeHtml {
  return markup`<fieldset class="speaker-picker" data-speaker-picker="${prefix}">
<legend>${legend}</legend>
<label for="${prefix}-speaker-q">Search speakers</label>
<input id="${prefix}-speaker-q" type="search" autocomplete="off" data-role="query">
<div class="speaker-results" data-role="results" role="group" aria-label="Matching speakers"></div>
<div class="new-speaker" data-role="new" hidden>
<label for="${prefix}-speaker-name">New speaker’s name</label>
<input id="${prefix}-speaker-name" type="text" data-role="name" maxlength="300">
<label for="${prefix}-speaker-kind">New speaker’s kind</label>
<select id="${prefix}-speaker-kind" data-role="kind">${options(SPEAKER_KINDS, 'person')}</select>
</div>
</fieldset>`;
}

/** Whether the signed-in viewer may change claims (the workspace's tools are shown only then). */
export const canWrite = (viewer: Viewer | null): boolean =>
  viewer?.role === 'factchecker' || viewer?.role === 'admin';

/** Where the workspace says what happened: progress politely, API errors at once. */
const statusRegions =
  (): SafeHtml => markup`<div id="ws-status" class="status" role="status" aria-live="polite"></div>
<div id="ws-errors" class="errors" role="alert" aria-live="assertive"></div>`;

/** On a document page: make a claim of the selected text (web/new-claim.ts shows the form on a selection). */
export function newClaimPanel(): SafeHtml {
  return markup`<section class="panel" id="new-claim" aria-labelledby="new-claim-heading" hidden>
<h2 id="new-claim-heading">New claim</h2>
${statusRegions()}
<p id="new-claim-hint" class="muted">Select a passage of the text to make it a claim.</p>
<button type="button" id="new-claim-by-offsets" class="link-button">Or give the span by its character offsets</button>
<form id="new-claim-form" class="stack" hidden>
<blockquote id="new-claim-text" class="claim-text"></blockquote>
<label for="new-claim-start">Start offset</label>
<input id="new-claim-start" type="number" min="0" step="1" inputmode="numeric" required>
<label for="new-claim-end">End offset</label>
<input id="new-claim-end" type="number" min="1" step="1" inputmode="numeric" required>
<label for="new-claim-kind">Kind</label>
<select id="new-claim-kind" required><option value="">Choose…</option>${options(CLAIM_KINDS)}</select>
<div id="new-claim-speaker" hidden>${speakerPicker('new-claim', 'Speaker')}</div>
<button type="submit">Create claim</button>
</form>
</section>`;
}

function queue(): SafeHtml {
  return markup`<section class="panel" id="queue" aria-labelledby="queue-heading">
<h2 id="queue-heading">Review queue</h2>
<form id="queue-filters" class="stack">
<label for="filter-document">Document</label>
<select id="filter-document" name="documentId"><option value="">All documents</option></select>
<label for="filter-speaker">Speaker</label>
<select id="filter-speaker" name="speakerId"><option value="">All speakers</option></select>
<label for="filter-kind">Kind</label>
<select id="filter-kind" name="kind"><option value="">Any kind</option>${options(CLAIM_KINDS)}</select>
<label for="filter-status">Status</label>
<select id="filter-status" name="status"><option value="">Any status</option>${options(REVIEW_STATUSES, 'unreviewed')}</select>
</form>
<p id="queue-count" class="muted" aria-live="polite"></p>
<ol id="queue-list" class="queue-list"></ol>
</section>`;
}

function claimDetails(): SafeHtml {
  return markup`<section aria-labelledby="claim-heading">
<h2 id="claim-heading" tabindex="-1">Claim</h2>
<blockquote id="ws-claim-text" class="claim-text"></blockquote>
<dl id="ws-claim-meta" class="meta-list"></dl>
</section>`;
}

function editClaim(): SafeHtml {
  return markup`<details class="panel" id="edit-panel">
<summary>Edit kind, speaker or span</summary>
<form id="edit-form" class="stack">
<label for="edit-kind">Kind</label>
<select id="edit-kind">${options(CLAIM_KINDS)}</select>
${speakerPicker('edit', 'Speaker')}
<label for="edit-start">Start offset</label>
<input id="edit-start" type="number" min="0" step="1" inputmode="numeric">
<label for="edit-end">End offset</label>
<input id="edit-end" type="number" min="1" step="1" inputmode="numeric">
<button type="submit">Save changes</button>
</form>
<div id="conflict" class="notice" hidden tabindex="-1" aria-labelledby="conflict-heading">
<h3 id="conflict-heading">Someone else changed this claim</h3>
<p>Your edit was based on an older version. Compare, then reapply your changes to the newer version or keep theirs.</p>
<table class="facts-table"><thead><tr><th scope="col">Field</th><th scope="col">Yours</th><th scope="col">Theirs (version <span id="conflict-version"></span>)</th></tr></thead><tbody id="conflict-rows"></tbody></table>
<button type="button" id="conflict-reapply">Reapply my changes</button>
<button type="button" id="conflict-discard">Keep theirs</button>
</div>
<form id="retract-form" class="stack">
<label for="retract-reason">Reason to retract</label>
<input id="retract-reason" type="text" maxlength="5000" required>
<button type="submit">Retract claim</button>
</form>
</details>`;
}

function evidence(): SafeHtml {
  return markup`<section class="panel" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">Evidence</h2>
<ul id="ws-evidence" class="evidence-list"></ul>
<h3>From a stored document</h3>
<form id="evidence-search" class="inline-search" role="search">
<label for="evidence-q">Search stored documents</label>
<input id="evidence-q" type="search" maxlength="300">
<button type="submit">Search</button>
</form>
<ul id="evidence-results" class="result-list"></ul>
<form id="evidence-document-form" class="stack" hidden>
<p>Source: <strong id="evidence-source-title"></strong></p>
<p class="muted">Optionally select the passage that supports or disputes the claim, then press “Use selected passage”.</p>
<div id="evidence-source-text" class="source-text" tabindex="0" role="region" aria-label="Text of the source document"></div>
<button type="button" id="evidence-use-selection">Use selected passage</button>
<p id="evidence-passage" class="muted">Whole document (no passage selected).</p>
<label for="evidence-doc-stance">Stance</label>
<select id="evidence-doc-stance">${options(EVIDENCE_STANCES)}</select>
<label for="evidence-doc-note">Note</label>
<input id="evidence-doc-note" type="text" maxlength="10000">
<button type="submit">Add this document as evidence</button>
</form>
<h3>External source</h3>
<form id="evidence-url-form" class="stack">
<label for="evidence-url">URL</label>
<input id="evidence-url" type="url" required maxlength="2048">
<label for="evidence-url-title">Title</label>
<input id="evidence-url-title" type="text" maxlength="1000">
<label for="evidence-url-stance">Stance</label>
<select id="evidence-url-stance">${options(EVIDENCE_STANCES)}</select>
<label for="evidence-url-note">Note</label>
<input id="evidence-url-note" type="text" maxlength="10000">
<button type="submit">Add URL as evidence</button>
</form>
<div id="suggestions" hidden>
<h3>Suggestions</h3>
<ul id="suggestion-list" class="result-list"></ul>
</div>
</section>`;
}

function verdicts(): SafeHtml {
  return markup`<section class="panel" aria-labelledby="verdict-heading">
<h2 id="verdict-heading">Verdict</h2>
<form id="verdict-form" class="stack">
<label for="verdict">Verdict</label>
<select id="verdict" required><option value="">Choose…</option>${VERDICTS.map(
    (v, i) => markup`<option value="${v}">${i + 1} · ${v}</option>`,
  )}</select>
<label for="rationale">Rationale</label>
<textarea id="rationale" rows="4" maxlength="20000" required></textarea>
<button type="submit">Give verdict</button>
</form>
<h3>Verdict history</h3>
<ol id="ws-verdict-history" class="history"></ol>
<h3>Audit history</h3>
<ol id="ws-audit-history" class="history"></ol>
</section>`;
}

function shortcuts(): SafeHtml {
  return markup`<section class="panel" aria-labelledby="keys-heading" id="keys">
<h2 id="keys-heading" tabindex="-1">Keyboard</h2>
<p class="muted">Outside text fields:</p>
<dl class="keys">${WORKSPACE_SHORTCUTS.map(([key, what]) => markup`<dt><kbd>${key}</kbd></dt><dd>${what}</dd>`)}</dl>
</section>`;
}

/** GET /workspace: the review queue and one claim's editor, evidence and verdicts (web/ fills and drives it). */
export function renderWorkspacePage(viewer: Viewer | null): string {
  return layout({
    viewer,
    title: 'Workspace',
    main: markup`<div class="workspace" data-workspace>
<h1>Workspace</h1>
${statusRegions()}
<div class="workspace-layout">
<div>${queue()}${shortcuts()}</div>
<div id="claim-panel" hidden>
${claimDetails()}
${editClaim()}
${verdicts()}
${evidence()}
</div>
<p id="no-claim" class="muted">Choose a claim from the queue, or select text in a document to make one.</p>
</div>
</div>`,
  });
}
