import { assetUrl } from '../assets';
import { markup, SafeHtml } from '../../common/html';

export interface PageShell {
  title: string;
  main: SafeHtml;
}

/** The page around every reader view: one stylesheet and one deferred script, both served by the app. */
export function layout({ title, main }: PageShell): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimtrail</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('reader.css')}">
<script src="${assetUrl('reader.js')}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="inner"><a class="site-name" href="/">claimtrail</a> <span class="muted">reader</span></div></header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`.value;
}
