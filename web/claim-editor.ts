import { api, ApiError } from './api';
import { byId, element } from './dom';
import { SpeakerChoice, SpeakerPicker } from './speaker-picker';
import { announce, attempt, clearErrors } from './status';
import { Claim } from './types';

interface Edit {
  kind?: string;
  start?: number;
  end?: number;
  speaker: SpeakerChoice;
}

/**
 * Edits the open claim's kind, speaker and span (PATCH with If-Match), or retracts it. A 409 stale-version
 * shows the user's edit beside the newer version and lets them reapply it on top, or keep the newer one.
 */
export class ClaimEditor {
  private claim: Claim | null = null;
  private pending: Edit | null = null;
  private readonly picker: SpeakerPicker;
  private readonly kind = byId<HTMLSelectElement>('edit-kind');
  private readonly start = byId<HTMLInputElement>('edit-start');
  private readonly end = byId<HTMLInputElement>('edit-end');
  private readonly conflict = byId('conflict');

  constructor(private readonly changed: (claim: Claim) => Promise<void>) {
    this.picker = new SpeakerPicker(document.querySelector<HTMLElement>('[data-speaker-picker="edit"]')!, {
      allowNone: true,
    });
    byId<HTMLFormElement>('edit-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Saving the claim', () => this.save());
    });
    byId<HTMLFormElement>('retract-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void attempt('Retracting the claim', () => this.retract());
    });
    byId('conflict-reapply').addEventListener('click', () => {
      void attempt('Reapplying your changes', () => this.send(this.pending!));
    });
    byId('conflict-discard').addEventListener('click', () => {
      this.pending = null;
      this.conflict.hidden = true;
      announce('Kept the newer version; your changes were dropped.');
      if (this.claim) this.show(this.claim);
    });
  }

  show(claim: Claim): void {
    this.claim = claim;
    this.kind.value = claim.kind;
    this.start.value = String(claim.start);
    this.end.value = String(claim.end);
    this.picker.setCurrent(claim.speaker);
  }

  /** Opens the edit panel and puts focus on its first field (shortcut e). */
  focus(): void {
    (byId('edit-panel') as HTMLDetailsElement).open = true;
    this.kind.focus();
  }

  private collect(): Edit {
    const claim = this.claim!;
    const edit: Edit = { speaker: this.picker.choice() };
    if (this.kind.value !== claim.kind) edit.kind = this.kind.value;
    const start = Number(this.start.value);
    const end = Number(this.end.value);
    if (start !== claim.start || end !== claim.end) {
      edit.start = start;
      edit.end = end;
    }
    return edit;
  }

  private async save(): Promise<void> {
    clearErrors();
    const edit = this.collect();
    if (edit.kind === undefined && edit.start === undefined && edit.speaker === undefined) {
      announce('Nothing to save: the claim is unchanged.');
      return;
    }
    await this.send(edit);
  }

  private async send(edit: Edit): Promise<void> {
    const claim = this.claim!;
    const body: Record<string, unknown> = { ...(edit.speaker ?? {}) };
    if (edit.kind !== undefined) body.kind = edit.kind;
    if (edit.start !== undefined) Object.assign(body, { start: edit.start, end: edit.end });
    try {
      const updated = await api<Claim>('PATCH', `/api/claims/${claim.id}`, body, {
        'if-match': `"${claim.version}"`,
      });
      this.pending = null;
      this.conflict.hidden = true;
      await this.changed(updated);
      announce(`Claim saved (version ${updated.version}).`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.code === 'stale-version') {
        await this.showConflict(edit);
        return;
      }
      throw error;
    }
  }

  private async showConflict(edit: Edit): Promise<void> {
    const theirs = await api<Claim>('GET', `/api/claims/${this.claim!.id}`);
    const mine = this.claim!;
    this.pending = edit;
    // The newer version becomes the base: reapplying sends the same changes with its version.
    this.claim = theirs;
    const rows: Array<[string, string, string]> = [
      ['Kind', edit.kind ?? mine.kind, theirs.kind],
      ['Speaker', this.picker.describe(edit.speaker), theirs.speaker?.name ?? 'none'],
      [
        'Span',
        `${edit.start ?? mine.start}–${edit.end ?? mine.end}`,
        `${theirs.start}–${theirs.end}: “${theirs.text}”`,
      ],
    ];
    byId('conflict-version').textContent = String(theirs.version);
    byId('conflict-rows').replaceChildren(
      ...rows.map(([field, yours, other]) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, field),
          element('td', {}, yours),
          element('td', {}, other),
        ),
      ),
    );
    this.conflict.hidden = false;
    this.conflict.focus();
    announce(`Version conflict: the claim is now at version ${theirs.version}.`);
  }

  private async retract(): Promise<void> {
    clearErrors();
    const claim = this.claim!;
    const reason = byId<HTMLInputElement>('retract-reason');
    const updated = await api<Claim>(
      'POST',
      `/api/claims/${claim.id}/retract`,
      { reason: reason.value },
      { 'if-match': `"${claim.version}"` },
    );
    reason.value = '';
    await this.changed(updated);
    announce('Claim retracted.');
  }
}
