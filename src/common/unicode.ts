// A lone UTF-16 surrogate has no UTF-8 form: as a text parameter the driver turns it into U+FFFD (so a
// content hash over the same UTF-8 matches), but inside jsonb PostgreSQL refuses the whole statement.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as PostgreSQL will store it: each lone surrogate replaced by U+FFFD. */
export const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');
