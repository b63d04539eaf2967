/**
 * Whether a form post came from another site. The sign-in form is refused from elsewhere: a hostile page
 * could otherwise sign a visitor in under the hostile page's own key (login CSRF), and the visitor's work
 * would be recorded under that key.
 *
 * Browsers say where a request came from in Sec-Fetch-Site; older ones only in Origin, compared with the
 * app's own hosts (the Host header, a proxy's X-Forwarded-Host, PUBLIC_BASE_URL's host). An Origin of
 * "null" says nothing: helmet's Referrer-Policy: no-referrer makes Chromium send it for the app's own form.
 */
export function crossSitePost(
  headers: Record<string, string | string[] | undefined>,
  publicBaseUrl: string | undefined,
): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = headers.origin;
  // Clients that are not browsers (curl, tests) send neither; they can only sign themselves in.
  if (origin === undefined || origin === 'null') return false;
  if (Array.isArray(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const own = [headers.host, headers['x-forwarded-host']]
    .flatMap((value) => (Array.isArray(value) ? value : value ? value.split(',') : []))
    .map((value) => value.trim().toLowerCase());
  if (publicBaseUrl) own.push(new URL(publicBaseUrl).host.toLowerCase());
  return !own.includes(host);
}
