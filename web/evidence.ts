import { api, ApiError, query } from './api';
import { byId, element, selectionOffsets } from './dom';
import { announce, attempt, clearErrors } from './status';
import { DocumentSummary, Evidence, Page, StoredDocument, Suggestion } from './types';

const STANCE_LABEL: Record<string, string> = {
  corroborates: 'Corroborates',
  disputes: 'Disputes',
  context: 'Context',
};

/**
 * The open claim's evidence: the linked sources; a search of stored documents, one of which (optionally
 * a selected passage of it) becomes a source; an external URL; and trail suggestions when the service has them.
 */
export class EvidencePanel {
  private claimId: string | null = null;
  private source: StoredDocument | null = null;
  private passage: { start: number; end: number; exact: string } | null = null;
  private suggestions: Suggestion[] = [];

  constructor(private readonly changed: () => Promise<void>) {
    byId<HTMLFormElement>('evidence-search').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Searching documents', () => this.search());
    });
    byId('evidence-results').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-document-id]');
      if (button) void attempt('Opening the document', () => this.choose(button.dataset.documentId!));
    });
    byId('evidence-use-selection').addEventListener('click', () => this.usePassage());
    byId<HTMLFormElement>('evidence-document-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Adding the document as evidence', () => this.addDocument());
    });
    byId<HTMLFormElement>('evidence-url-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Adding the URL as evidence', () => this.addUrl());
    });
    byId('suggestion-list').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-suggestion]');
      if (!button) return;
      const verb = button.dataset.verdict as 'accept' | 'reject';
      void attempt(`${verb === 'accept' ? 'Accepting' : 'Rejecting'} the suggestion`, () =>
        this.decide(button.dataset.suggestion!, verb),
      );
    });
  }

  async load(claimId: string): Promise<void> {
    this.claimId = claimId;
    const page = await api<Page<Evidence>>('GET', `/api/claims/${claimId}/evidence?limit=100`);
    byId('ws-evidence').replaceChildren(
      ...(page.items.length
        ? page.items.map((e) => this.item(e))
        : [element('li', { class: 'muted' }, 'No evidence linked yet.')]),
    );
    await this.loadSuggestions(claimId);
  }

  /** Shortcut a / r: the first open suggestion. */
  async decideFirst(verb: 'accept' | 'reject'): Promise<void> {
    const first = this.suggestions[0];
    if (!first) {
      announce('No open suggestion for this claim.');
      return;
    }
    await this.decide(first.id, verb);
  }

  focusSearch(): void {
    byId('evidence-q').focus();
  }

  private item(e: Evidence): HTMLElement {
    const title = e.source.title ?? e.source.url ?? 'Untitled source';
    const href = e.source.documentId ? `/documents/${e.source.documentId}` : e.source.url;
    const safe = href && (href.startsWith('/') || /^https?:\/\//i.test(href));
    return element(
      'li',
      { 'data-evidence-id': e.id },
      element('span', { class: 'badge' }, STANCE_LABEL[e.stance] ?? e.stance),
      ' ',
      safe ? element('a', { href: href!, rel: 'noopener noreferrer' }, title) : title,
      e.source.exact ? element('blockquote', { class: 'context' }, e.source.exact) : null,
      e.note ? element('p', {}, e.note) : null,
      element('p', { class: 'muted' }, `Linked by ${e.addedBy}`),
    );
  }

  private async search(): Promise<void> {
    clearErrors();
    const q = byId<HTMLInputElement>('evidence-q').value.trim();
    const page = await api<Page<DocumentSummary>>('GET', `/api/documents${query({ q, limit: 10 })}`);
    byId('evidence-results').replaceChildren(
      ...(page.items.length
        ? page.items.map((d) =>
            element(
              'li',
              {},
              element(
                'button',
                { type: 'button', class: 'link-button', 'data-document-id': d.id },
                `${d.title}${d.publisher ? ` — ${d.publisher}` : ''}`,
              ),
            ),
          )
        : [element('li', { class: 'muted' }, `No stored document title matches “${q}”.`)]),
    );
    announce(`${page.items.length} document${page.items.length === 1 ? '' : 's'} found.`);
  }

  private async choose(documentId: string): Promise<void> {
    this.source = await api<StoredDocument>('GET', `/api/documents/${documentId}`);
    this.passage = null;
    byId('evidence-source-title').textContent = this.source.title;
    byId('evidence-source-text').textContent = this.source.text;
    byId('evidence-passage').textContent = 'Whole document (no passage selected).';
    byId('evidence-document-form').hidden = false;
    byId('evidence-source-text').focus();
    announce(`Source chosen: ${this.source.title}.`);
  }

  private usePassage(): void {
    const offsets = selectionOffsets(byId('evidence-source-text'));
    if (!offsets || !this.source) {
      announce('Select a passage in the source text first.');
      return;
    }
    const exact = this.source.text.slice(offsets.start, offsets.end);
    this.passage = { ...offsets, exact };
    byId('evidence-passage').textContent = `Passage (characters ${offsets.start}–${offsets.end}): “${exact}”`;
    announce('Passage selected.');
  }

  private async addDocument(): Promise<void> {
    clearErrors();
    const note = byId<HTMLInputElement>('evidence-doc-note').value.trim();
    await api('POST', `/api/claims/${this.claimId}/evidence`, {
      stance: byId<HTMLSelectElement>('evidence-doc-stance').value,
      documentId: this.source!.id,
      ...(this.passage ?? {}),
      ...(note ? { note } : {}),
    });
    byId<HTMLInputElement>('evidence-doc-note').value = '';
    await this.changed();
    announce(`Evidence added: ${this.source!.title}.`);
  }

  private async addUrl(): Promise<void> {
    clearErrors();
    const title = byId<HTMLInputElement>('evidence-url-title').value.trim();
    const note = byId<HTMLInputElement>('evidence-url-note').value.trim();
    const url = byId<HTMLInputElement>('evidence-url');
    await api('POST', `/api/claims/${this.claimId}/evidence`, {
      stance: byId<HTMLSelectElement>('evidence-url-stance').value,
      url: url.value.trim(),
      ...(title ? { title } : {}),
      ...(note ? { note } : {}),
    });
    byId<HTMLFormElement>('evidence-url-form').reset();
    await this.changed();
    announce('Evidence added: external source.');
  }

  private async loadSuggestions(claimId: string): Promise<void> {
    const box = byId('suggestions');
    try {
      const page = await api<{ items: Suggestion[] }>('GET', `/api/claims/${claimId}/suggestions`);
      this.suggestions = page.items;
    } catch (error) {
      // No suggestions service in this deployment: the section stays hidden, nothing to report.
      if (error instanceof ApiError && error.status === 404 && error.body?.code !== 'not-found') {
        this.suggestions = [];
        box.hidden = true;
        return;
      }
      throw error;
    }
    box.hidden = false;
    byId('suggestion-list').replaceChildren(
      ...(this.suggestions.length
        ? this.suggestions.map((s) =>
            element(
              'li',
              {},
              element('span', { class: 'badge' }, STANCE_LABEL[s.stance] ?? s.stance),
              ' ',
              element(
                'a',
                { href: `/claims/${s.claimId}` },
                `Claim in another document (score ${s.score.toFixed(2)})`,
              ),
              s.reasons.length ? element('p', { class: 'muted' }, s.reasons.join('; ')) : null,
              element(
                'button',
                { type: 'button', 'data-suggestion': s.id, 'data-verdict': 'accept' },
                'Accept',
              ),
              ' ',
              element(
                'button',
                { type: 'button', 'data-suggestion': s.id, 'data-verdict': 'reject' },
                'Reject',
              ),
            ),
          )
        : [element('li', { class: 'muted' }, 'No open suggestions.')]),
    );
  }

  private async decide(suggestionId: string, verb: 'accept' | 'reject'): Promise<void> {
    clearErrors();
    await api('POST', `/api/claims/${this.claimId}/suggestions/${suggestionId}/${verb}`);
    await this.changed();
    announce(verb === 'accept' ? 'Suggestion accepted as evidence.' : 'Suggestion rejected.');
  }
}
