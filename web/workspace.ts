import { api, query } from './api';
import { ClaimEditor } from './claim-editor';
import { byId, element, formatDateTime, typingIn } from './dom';
import { EvidencePanel } from './evidence';
import { announce, attempt, clearErrors } from './status';
import { AuditEvent, Claim, DocumentSummary, Page, Review, SpeakerRef } from './types';

const VERDICT_KEYS = ['1', '2', '3', '4', '5', '6', '7'];

/**
 * The workspace page: a queue of claims (GET /api/claims with the filters), one open claim with its editor,
 * evidence, verdict form, verdict history and audit history; a verdict moves on to the next claim.
 */
export class Workspace {
  private queue: Claim[] = [];
  private index = -1;
  private queueLoads = 0;
  private claim: Claim | null = null;
  // After a change, the claim is shown afresh before the change is announced.
  private readonly editor = new ClaimEditor((claim) => this.refresh(claim));
  private readonly evidence = new EvidencePanel(() => this.reload());
  private readonly filters = byId<HTMLFormElement>('queue-filters');

  async start(): Promise<void> {
    this.filters.addEventListener('change', () => {
      void attempt('Loading the queue', async () => {
        await this.loadQueue();
        if (this.queue.length) await this.open(0);
      });
    });
    byId('queue-list').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
      if (button) void attempt('Opening the claim', () => this.open(Number(button.dataset.index)));
    });
    byId<HTMLFormElement>('verdict-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Giving the verdict', () => this.giveVerdict());
    });
    byId('rationale').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        byId<HTMLFormElement>('verdict-form').requestSubmit();
      }
    });
    document.addEventListener('keydown', (event) => this.shortcut(event));

    await attempt('Loading the filters', () => this.loadFilterChoices());
    await attempt('Loading the queue', () => this.loadQueue());
    const wanted = new URLSearchParams(window.location.search).get('claim');
    if (wanted) await attempt('Opening the claim', () => this.openById(wanted));
    else if (this.queue.length) await attempt('Opening the claim', () => this.open(0));
  }

  private async loadFilterChoices(): Promise<void> {
    const [documents, speakers] = await Promise.all([
      api<Page<DocumentSummary>>('GET', '/api/documents?limit=100'),
      api<Page<SpeakerRef>>('GET', '/api/speakers?limit=100'),
    ]);
    byId('filter-document').append(
      ...documents.items.map((d) => element('option', { value: d.id }, d.title)),
    );
    byId('filter-speaker').append(
      ...speakers.items.map((s) => element('option', { value: s.id }, `${s.name} (${s.kind})`)),
    );
  }

  private async loadQueue(): Promise<void> {
    // Filters changed in quick succession start several loads; only the latest may fill the queue, or a slower
    // earlier answer would show claims the filters no longer select.
    const load = ++this.queueLoads;
    const value = (id: string) => byId<HTMLSelectElement>(id).value;
    const page = await api<Page<Claim>>(
      'GET',
      `/api/claims${query({
        documentId: value('filter-document'),
        speakerId: value('filter-speaker'),
        kind: value('filter-kind'),
        status: value('filter-status'),
        limit: 100,
      })}`,
    );
    if (load !== this.queueLoads) return;
    this.queue = page.items;
    this.index = -1;
    this.renderQueue();
  }

  private renderQueue(): void {
    const count = this.queue.length;
    byId('queue-count').textContent = `${count} claim${count === 1 ? '' : 's'} in the queue.`;
    byId('queue-list').replaceChildren(
      ...this.queue.map((c, i) => {
        const button = element(
          'button',
          { type: 'button', class: 'queue-item', 'data-index': String(i), 'data-claim-id': c.id },
          element('span', { class: 'queue-text' }, c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text),
          element(
            'span',
            { class: 'muted' },
            `${c.kind}${c.speaker ? ` · ${c.speaker.name}` : ''} · ${c.verdict ?? c.reviewStatus}`,
          ),
        );
        if (i === this.index) button.setAttribute('aria-current', 'true');
        return element('li', {}, button);
      }),
    );
  }

  private async openById(id: string): Promise<void> {
    let at = this.queue.findIndex((c) => c.id === id);
    if (at < 0) {
      // A claim outside the current filters (just made, or linked) joins the queue at the front.
      this.queue.unshift(await api<Claim>('GET', `/api/claims/${id}`));
      at = 0;
    }
    await this.open(at);
  }

  private async open(at: number): Promise<void> {
    if (at < 0 || at >= this.queue.length) return;
    clearErrors();
    this.index = at;
    await this.refresh(await api<Claim>('GET', `/api/claims/${this.queue[at].id}`), true);
  }

  private async reload(): Promise<void> {
    if (this.claim) await this.refresh(await api<Claim>('GET', `/api/claims/${this.claim.id}`));
  }

  /** Shows a claim (fresh from the API) and everything about it. */
  private async refresh(claim: Claim, focus = false): Promise<void> {
    this.claim = claim;
    const panel = byId('claim-panel');
    // Busy until the evidence and histories are in: assistive technology (and the tests) wait for it.
    panel.setAttribute('aria-busy', 'true');
    if (this.index >= 0 && this.queue[this.index]?.id === claim.id) this.queue[this.index] = claim;
    this.renderQueue();
    panel.hidden = false;
    byId('no-claim').hidden = true;
    byId('ws-claim-text').textContent = claim.text;
    const facts: Array<[string, Node | string]> = [
      ['Kind', claim.kind],
      ['Speaker', claim.speaker ? `${claim.speaker.name} (${claim.speaker.kind})` : 'none'],
      ['Status', claim.state === 'current' ? claim.reviewStatus : `${claim.reviewStatus}, ${claim.state}`],
      ['Verdict', claim.verdict ?? 'none yet'],
      ['Span', `characters ${claim.start}–${claim.end}`],
      ['Version', String(claim.version)],
      ['In', element('a', { href: `/documents/${claim.documentId}#claim-${claim.id}` }, 'the document')],
    ];
    byId('ws-claim-meta').replaceChildren(
      ...facts.flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, value)]),
    );
    this.editor.show(claim);
    const url = new URL(window.location.href);
    url.searchParams.set('claim', claim.id);
    window.history.replaceState(null, '', url);
    if (focus) byId('claim-heading').focus();
    try {
      await Promise.all([this.evidence.load(claim.id), this.loadHistory(claim.id)]);
    } finally {
      panel.setAttribute('aria-busy', 'false');
    }
  }

  private async loadHistory(claimId: string): Promise<void> {
    const [reviews, audit] = await Promise.all([
      api<{ items: Review[] }>('GET', `/api/claims/${claimId}/reviews`),
      api<{ items: AuditEvent[] }>('GET', `/api/claims/${claimId}/history`),
    ]);
    byId('ws-verdict-history').replaceChildren(
      ...(reviews.items.length
        ? reviews.items.map((r) =>
            element(
              'li',
              {},
              element('strong', { class: 'verdict' }, r.verdict),
              r.current ? ' ' : null,
              r.current ? element('span', { class: 'badge' }, 'current') : null,
              ` by ${r.reviewer.name}, ${formatDateTime(r.createdAt)}`,
              element('p', {}, r.rationale),
            ),
          )
        : [element('li', { class: 'muted' }, 'Not reviewed yet.')]),
    );
    byId('ws-audit-history').replaceChildren(
      ...audit.items.map((a) => {
        const fields = Object.keys(a.changes?.after ?? {});
        return element(
          'li',
          { 'data-action': a.action, 'data-entity': a.entityType },
          `${formatDateTime(a.at)}: ${a.actor.name} — ${a.action} ${a.entityType}${fields.length ? ` (${fields.join(', ')})` : ''}`,
        );
      }),
    );
  }

  private async giveVerdict(): Promise<void> {
    clearErrors();
    const claim = this.claim!;
    const verdict = byId<HTMLSelectElement>('verdict');
    const rationale = byId<HTMLTextAreaElement>('rationale');
    if (!verdict.value) throw new Error('choose a verdict (keys 1–7)');
    await api('POST', `/api/claims/${claim.id}/reviews`, {
      verdict: verdict.value,
      rationale: rationale.value,
    });
    const given = verdict.value;
    verdict.value = '';
    rationale.value = '';
    if (this.index < this.queue.length - 1) {
      await this.open(this.index + 1);
      announce(`Verdict “${given}” given. Next claim.`);
    } else {
      await this.reload();
      announce(`Verdict “${given}” given. That was the last claim in the queue.`);
    }
  }

  private shortcut(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    const key = event.key;
    const run = (action: string, work: () => Promise<void> | void) => {
      event.preventDefault();
      void attempt(action, async () => work());
    };
    if (key === 'j') run('Opening the next claim', () => this.step(1));
    else if (key === 'k') run('Opening the previous claim', () => this.step(-1));
    else if (VERDICT_KEYS.includes(key) && this.claim) {
      run('Choosing a verdict', () => {
        const select = byId<HTMLSelectElement>('verdict');
        select.selectedIndex = Number(key);
        announce(`Verdict “${select.value}” chosen: write the rationale, then Ctrl+Enter.`);
        byId('rationale').focus();
      });
    } else if (key === 'a' && this.claim)
      run('Accepting the suggestion', () => this.evidence.decideFirst('accept'));
    else if (key === 'r' && this.claim)
      run('Rejecting the suggestion', () => this.evidence.decideFirst('reject'));
    else if (key === 'e' && this.claim) run('Editing the claim', () => this.editor.focus());
    else if (key === '/' && this.claim) run('Searching documents', () => this.evidence.focusSearch());
    else if (key === '?') run('Showing the keys', () => byId('keys-heading').focus());
  }

  private async step(by: number): Promise<void> {
    const next = this.index + by;
    if (next < 0 || next >= this.queue.length) {
      announce(by > 0 ? 'No next claim in the queue.' : 'No previous claim in the queue.');
      return;
    }
    await this.open(next);
    announce(`Claim ${next + 1} of ${this.queue.length}.`);
  }
}
