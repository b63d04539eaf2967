import { ApiError } from './api';

// The page's two live regions (rendered by the server): progress in #ws-status, errors in #ws-errors.
// Nothing the API refuses goes unreported: every handler runs through `attempt`.

function region(id: string, role: 'status' | 'alert'): HTMLElement {
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement('div');
    element.id = id;
    element.setAttribute('role', role);
    element.setAttribute('aria-live', role === 'alert' ? 'assertive' : 'polite');
    element.className = role === 'alert' ? 'errors' : 'status';
    (document.querySelector('main') ?? document.body).prepend(element);
  }
  return element;
}

export function announce(message: string): void {
  region('ws-status', 'status').textContent = message;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError)
    return error.status
      ? `${error.status} ${error.body?.error ?? ''}: ${error.message}`.replace(' :', ':')
      : error.message;
  return error instanceof Error ? error.message : String(error);
}

export function showError(action: string, error: unknown): void {
  const errors = region('ws-errors', 'alert');
  const line = document.createElement('p');
  line.className = 'error';
  line.textContent = `${action} failed: ${describeError(error)}`;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'link-button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => line.remove());
  line.append(' ', dismiss);
  errors.append(line);
  // Keep the last few: a long session should not grow an endless list.
  while (errors.children.length > 5) errors.firstElementChild?.remove();
}

export function clearErrors(): void {
  region('ws-errors', 'alert').replaceChildren();
}

/** Runs one user action; a failure is shown in the page, never swallowed. */
export async function attempt<T>(action: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    showError(action, error);
    return undefined;
  }
}

/** Anything that escaped a handler still reaches the page. */
export function reportUncaught(): void {
  window.addEventListener('unhandledrejection', (event) => showError('An action', event.reason));
  window.addEventListener('error', (event) => showError('The page script', event.error ?? event.message));
}
