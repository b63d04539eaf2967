// The fact-checker's workspace, loaded only on pages of a signed-in browser (see src/reader/views/layout.ts).
// Built by scripts/build-workspace.mjs into dist/web/workspace.js; the CSP allows only same-origin script.
import { viewerRole } from './api';
import { startNewClaim } from './new-claim';
import { reportUncaught } from './status';
import { Workspace } from './workspace';

function main(): void {
  const role = viewerRole();
  if (role !== 'factchecker' && role !== 'admin') return;
  reportUncaught();
  const newClaim = document.getElementById('new-claim');
  if (newClaim) startNewClaim(newClaim);
  if (document.querySelector('[data-workspace]')) void new Workspace().start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
