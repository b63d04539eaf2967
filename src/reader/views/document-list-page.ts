import { DocumentSummaryResponse } from '../../documents/dto/document.response';
import { markup } from '../../common/html';
import { DocumentListView } from '../reader.view-models';
import { formatDate, plural } from './format';
import { layout, Viewer } from './layout';

function listHref(q: string | null, cursor?: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function documentItem(d: DocumentSummaryResponse) {
  const date = d.publishedAt ?? d.createdAt;
  return markup`<li>
<h2><a href="/documents/${d.id}">${d.title}</a></h2>
<p class="meta">${d.publisher ?? 'Unknown publisher'} · <time datetime="${date}">${formatDate(date)}</time></p>
<p>${plural(d.claimCounts.attributed, 'attributed claim')} · ${plural(d.claimCounts.editorial, 'editorial assertion')}</p>
</li>`;
}

/** GET /: documents newest first, with a title search and keyset pages. */
export function renderDocumentList(view: DocumentListView, viewer: Viewer | null = null): string {
  const heading = view.q ? `Documents matching “${view.q}”` : 'Documents';
  const empty = view.q ? 'No document title matches this search.' : 'No documents yet.';
  return layout({
    viewer,
    title: heading,
    main: markup`<h1>${heading}</h1>
<form class="search" method="get" action="/" role="search">
<label>Search titles <input type="search" name="q" value="${view.q ?? ''}" maxlength="300"></label>
<button type="submit">Search</button>
${view.q ? markup`<a href="/">Clear search</a>` : null}
</form>
${
  view.documents.length
    ? markup`<ol class="doc-list" id="documents">${view.documents.map(documentItem)}</ol>`
    : markup`<p class="muted">${empty}</p>`
}
<nav class="pager" aria-label="Pages">
${view.cursor ? markup`<a href="${listHref(view.q)}">First page</a>` : markup`<span></span>`}
${view.nextCursor ? markup`<a href="${listHref(view.q, view.nextCursor)}" rel="next">Next page →</a>` : null}
</nav>`,
  });
}
