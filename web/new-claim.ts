import { api } from './api';
import { byId, selectionOffsets } from './dom';
import { SpeakerPicker } from './speaker-picker';
import { announce, attempt, clearErrors } from './status';
import { Claim } from './types';

/**
 * The document page's "New claim" panel: a selection in the text fills its span (the offsets can also be
 * typed, for keyboard users), then kind and speaker, then POST /api/claims and on to the workspace.
 */
export function startNewClaim(panel: HTMLElement): void {
  const documentId = /^\/documents\/([0-9a-f-]{36})/i.exec(window.location.pathname)?.[1];
  if (!documentId) return;
  const textElement = byId('document-text');
  const documentText = textElement.textContent ?? '';
  const form = byId<HTMLFormElement>('new-claim-form');
  const hint = byId('new-claim-hint');
  const quote = byId('new-claim-text');
  const startInput = byId<HTMLInputElement>('new-claim-start');
  const endInput = byId<HTMLInputElement>('new-claim-end');
  const kind = byId<HTMLSelectElement>('new-claim-kind');
  const speakerBox = byId('new-claim-speaker');
  const picker = new SpeakerPicker(panel.querySelector<HTMLElement>('[data-speaker-picker]')!, {
    allowNone: false,
  });
  panel.hidden = false;

  const span = () => ({ start: Number(startInput.value), end: Number(endInput.value) });
  const showQuote = () => {
    const { start, end } = span();
    const valid =
      Number.isInteger(start) && Number.isInteger(end) && end > start && end <= documentText.length;
    quote.textContent = valid ? documentText.slice(start, end) : 'Not a span of this text.';
  };

  document.addEventListener('selectionchange', () => {
    const offsets = selectionOffsets(textElement);
    if (!offsets) return;
    startInput.value = String(offsets.start);
    endInput.value = String(offsets.end);
    showQuote();
    form.hidden = false;
    hint.textContent = `Selected characters ${offsets.start}–${offsets.end}. Choose the kind, then the speaker.`;
  });
  byId('new-claim-by-offsets').addEventListener('click', () => {
    form.hidden = false;
    startInput.focus();
  });
  startInput.addEventListener('input', showQuote);
  endInput.addEventListener('input', showQuote);
  kind.addEventListener('change', () => {
    speakerBox.hidden = kind.value !== 'attributed';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt('Creating the claim', async () => {
      clearErrors();
      const { start, end } = span();
      const body: Record<string, unknown> = {
        documentId,
        kind: kind.value,
        start,
        end,
        exact: documentText.slice(start, end),
      };
      if (kind.value === 'attributed') Object.assign(body, picker.choice() ?? {});
      const claim = await api<Claim>('POST', '/api/claims', body);
      announce('Claim created; opening it in the workspace.');
      window.location.assign(`/workspace?claim=${claim.id}`);
    });
  });
}
