import { assetUrl } from '../assets';
import { markup, SafeHtml } from '../../common/html';
import { workspaceBundleUrl } from '../workspace-bundle';

/** Who is looking at a page: a signed-in browser session (see src/sessions), or null for an anonymous reader. */
export interface Viewer {
  name: string;
  role: string;
  csrfToken: string;
}

export interface PageShell {
  title: string;
  main: SafeHtml;
  viewer?: Viewer | null;
}

function account(viewer: Viewer | null | undefined): SafeHtml {
  if (!viewer) return markup`<nav class="account" aria-label="Account"><a href="/session">Sign in</a></nav>`;
  // A plain form: signing out works without script, and carries the session's CSRF token like any write.
  return markup`<nav class="account" aria-label="Account"><span>Signed in as <strong id="viewer-name">${viewer.name}</strong> <span class="badge">${viewer.role}</span></span>
<a href="/workspace">Workspace</a>
<form method="post" action="/session/logout" class="inline-form"><input type="hidden" name="csrf" value="${viewer.csrfToken}"><button type="submit" id="sign-out">Sign out</button></form></nav>`;
}

/**
 * The page around every reader view: one stylesheet and one deferred script, both served by the app;
 * a signed-in page also carries its CSRF token in a meta tag and the workspace bundle.
 */
export function layout({ title, main, viewer }: PageShell): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimtrail</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('reader.css')}">
<script src="${assetUrl('reader.js')}" defer></script>
${
  viewer
    ? markup`<meta name="csrf-token" content="${viewer.csrfToken}">
<meta name="viewer-role" content="${viewer.role}">
<script src="${workspaceBundleUrl()}" defer></script>`
    : null
}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="inner"><a class="site-name" href="/">claimtrail</a> <span class="muted">reader</span>${account(viewer)}</div></header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`.value;
}
