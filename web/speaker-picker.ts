import { api, query } from './api';
import { element } from './dom';
import { attempt } from './status';
import { Page, SpeakerRef } from './types';

/** What the picker says to send: an existing speaker, a new one by name, none, or no change. */
export type SpeakerChoice =
  { speakerId: string } | { speaker: { name: string; kind: string } } | { speakerId: null } | undefined;

const NEW = '__new';
const NONE = '__none';
const KEEP = '__keep';

/**
 * Drives a server-rendered fieldset[data-speaker-picker]: searching stored speakers (GET /api/speakers?q=)
 * lists them as radio buttons, with "a new speaker" (name and kind fields) and optionally "no speaker".
 */
export class SpeakerPicker {
  private readonly queryInput: HTMLInputElement;
  private readonly results: HTMLElement;
  private readonly newFields: HTMLElement;
  private readonly nameInput: HTMLInputElement;
  private readonly kindSelect: HTMLSelectElement;
  private readonly group: string;
  private current: SpeakerRef | null = null;
  private timer: number | undefined;
  private searched = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: { allowNone: boolean },
  ) {
    const part = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;
    this.queryInput = part('query');
    this.results = part('results');
    this.newFields = part('new');
    this.nameInput = part('name');
    this.kindSelect = part('kind');
    this.group = `${root.dataset.speakerPicker}-speaker-choice`;
    this.queryInput.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(), 250);
    });
    this.queryInput.addEventListener('keydown', (event) => {
      // Enter searches now rather than submitting the surrounding form.
      if (event.key === 'Enter') {
        event.preventDefault();
        window.clearTimeout(this.timer);
        void this.search();
      }
    });
    this.results.addEventListener('change', () => this.syncNewFields());
    this.nameInput.addEventListener('input', () => (this.nameInput.dataset.fromQuery = 'false'));
    this.render([]);
  }

  /** The claim's speaker now: offered as "keep" so an edit that does not touch it leaves it alone. */
  setCurrent(speaker: SpeakerRef | null): void {
    this.current = speaker;
    this.queryInput.value = '';
    this.nameInput.value = '';
    this.render([]);
  }

  choice(): SpeakerChoice {
    const checked = this.results.querySelector<HTMLInputElement>('input:checked');
    if (!checked || checked.value === KEEP) return undefined;
    if (checked.value === NONE) return { speakerId: null };
    if (checked.value === NEW) {
      const name = this.nameInput.value.trim();
      if (!name) throw new Error('give the new speaker’s name');
      return { speaker: { name, kind: this.kindSelect.value } };
    }
    return { speakerId: checked.value };
  }

  /** A readable name for the choice (conflict view). */
  describe(choice: SpeakerChoice): string {
    if (choice === undefined) return this.current ? this.current.name : 'none';
    if ('speaker' in choice) return `${choice.speaker.name} (new)`;
    if (choice.speakerId === null) return 'none';
    const label = this.results.querySelector(`input[value="${choice.speakerId}"]`)?.parentElement;
    return label?.textContent?.trim() ?? choice.speakerId;
  }

  private async search(): Promise<void> {
    const q = this.queryInput.value.trim();
    const ticket = ++this.searched;
    const page = await attempt('Searching speakers', () =>
      api<Page<SpeakerRef>>('GET', `/api/speakers${query({ q, limit: 8 })}`),
    );
    // A slower earlier search must not overwrite a newer one.
    if (!page || ticket !== this.searched) return;
    this.render(page.items);
  }

  private radio(value: string, label: string, checked = false): HTMLLabelElement {
    const input = element('input', { type: 'radio', name: this.group, value });
    input.checked = checked;
    return element('label', { class: 'choice' }, input, ` ${label}`);
  }

  private render(found: SpeakerRef[]): void {
    const q = this.queryInput.value.trim();
    const choices: HTMLElement[] = [];
    if (this.current)
      choices.push(this.radio(KEEP, `Keep ${this.current.name} (${this.current.kind})`, true));
    for (const speaker of found)
      if (speaker.id !== this.current?.id)
        choices.push(this.radio(speaker.id, `${speaker.name} (${speaker.kind})`));
    choices.push(this.radio(NEW, q ? `New speaker “${q}”` : 'A new speaker'));
    if (this.options.allowNone) choices.push(this.radio(NONE, 'No speaker'));
    if (q && found.length === 0)
      choices.unshift(element('p', { class: 'muted' }, `No stored speaker matches “${q}”.`));
    this.results.replaceChildren(...choices);
    if (!this.nameInput.value || this.nameInput.dataset.fromQuery === 'true') {
      this.nameInput.value = q;
      this.nameInput.dataset.fromQuery = 'true';
    }
    this.syncNewFields();
  }

  private syncNewFields(): void {
    const checked = this.results.querySelector<HTMLInputElement>('input:checked');
    this.newFields.hidden = checked?.value !== NEW;
  }
}
