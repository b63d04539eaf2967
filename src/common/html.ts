// Every HTML page and report is built with the `markup` tag below (or escapeHtml): interpolated values are escaped by escapeHtml
// unless they are SafeHtml made by this module, so document text and user fields can only ever render as text.
// (Not named `html`: Prettier would reformat such templates, adding whitespace that pre-wrap text would show.)

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Markup that was built by `markup` (or is a trusted constant): interpolated as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type Fragment = SafeHtml | string | number | null | undefined | false | readonly Fragment[];

function render(fragment: Fragment): string {
  if (fragment === null || fragment === undefined || fragment === false) return '';
  if (fragment instanceof SafeHtml) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  return escapeHtml(String(fragment));
}

/** Tagged template: `markup\`<p>${text}</p>\`` escapes `text`; arrays are joined; null, undefined and false render nothing. */
export function markup(strings: TemplateStringsArray, ...values: Fragment[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** An href for a user-supplied URL, or null when it is not http(s) (javascript:, data: and the like). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
