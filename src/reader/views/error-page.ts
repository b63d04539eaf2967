import { markup } from '../../common/html';
import { layout } from './layout';

/** The reader's error page: same status as the API would give, in HTML. */
export function renderErrorPage(statusCode: number, error: string, message: string): string {
  return layout({
    title: error,
    main: markup`<div class="error-page">
<h1>${statusCode} ${error}</h1>
<p>${message}</p>
${statusCode === 401 ? markup`<p><a href="/session">Sign in</a> with your API key to see this page.</p>` : null}
<p><a href="/">Back to all documents</a></p>
</div>`,
  });
}
