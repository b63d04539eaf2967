import { markup } from '../common/html';
import { layout } from '../reader/views/layout';

/** GET /session: the sign-in form; a refused key shows it again with the reason. */
export function renderSignInPage(options: { error?: string; idleMinutes: number }): string {
  return layout({
    title: 'Sign in',
    main: markup`<div class="sign-in">
<h1>Sign in</h1>
<p>Paste an API key (from <code>keys create</code> or an administrator). The key is checked and forgotten: the browser keeps only a session cookie, which ends after ${options.idleMinutes} minutes without use or when you sign out.</p>
${options.error ? markup`<p class="error" role="alert" id="sign-in-error">${options.error}</p>` : null}
<form method="post" action="/session" class="panel sign-in-form">
<label for="key">API key</label>
<input id="key" name="key" type="password" autocomplete="current-password" required spellcheck="false"${options.error ? markup` aria-describedby="sign-in-error"` : null}>
<button type="submit">Sign in</button>
</form>
</div>`,
  });
}
