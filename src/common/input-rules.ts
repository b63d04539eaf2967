import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * How deeply a body may nest objects and arrays. No route takes more than a few levels; the limit is
 * checked before class-transformer, class-validator, the audit hash or PostgreSQL recurse into a body.
 */
export const MAX_INPUT_DEPTH = 64;

/** The largest integer an `integer` (int4) column holds: offsets and versions beyond it are refused. */
export const MAX_INT4 = 2_147_483_647;

/** A rule a decoded body, query or route parameter breaks, and the field that breaks it. */
export interface InputViolation {
  field: string;
  error: string;
}

// Node 20 has String.prototype.isWellFormed (ES2024); the ES2022 lib this project compiles against
// does not declare it.
const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * What is wrong with a piece of text every field of every request must satisfy, or null: PostgreSQL
 * refuses NUL in text and jsonb, and a lone surrogate is stored as U+FFFD, so neither may reach it.
 */
export function textFault(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (!wellFormed(text)) return 'must be well-formed Unicode (it has a lone surrogate)';
  return null;
}

const pathOf = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * The first rule a decoded input breaks, naming its field (`speaker.name`, `authors.2`, a metadata
 * key): no NUL and no lone surrogate in any string or object key, and no nesting deeper than
 * MAX_INPUT_DEPTH. Walks with its own stack, so a body nested 100,000 levels deep cannot overflow it.
 */
export function findInputViolation(input: unknown, root = ''): InputViolation | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const fault = textFault(value);
      if (fault) return { field: path || 'body', error: `${path || 'body'} ${fault}` };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      // The top-level field is named: the full path of a runaway nesting would be the nesting itself.
      const field =
        path
          .split('.')
          .slice(0, root ? 2 : 1)
          .join('.') || 'body';
      return { field, error: `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    }
    for (const [key, child] of Object.entries(value)) {
      const field = pathOf(path, key);
      const fault = textFault(key);
      if (fault) return { field, error: `the name of field ${JSON.stringify(field)} ${fault}` };
      stack.push({ value: child, path: field, depth: depth + 1 });
    }
  }
  return null;
}

function valueRule(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, property: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      options: { message: (args: ValidationArguments) => `${args.property} ${message}`, ...options },
      validator: { validate: test },
    });
}

// The calendar forms PostgreSQL reads as timestamptz (ISO week and ordinal dates are ISO 8601 but not among them).
const CALENDAR_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/i;

function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  // Day 0 of the next month is the last day of this one (setUTCFullYear, as Date.UTC maps years below 100 to 19xx).
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year!, month!, 0);
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= lastDay.getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

/**
 * An ISO 8601 calendar date or date-time with a four-digit year from 0001 to 9999: what PostgreSQL
 * stores (it has no year 0) and JavaScript dates represent exactly.
 */
export const IsTimestamp = valueRule(
  'isTimestamp',
  isTimestamp,
  'must be an ISO 8601 date or date-time (YYYY-MM-DD[THH:MM[:SS[.sss]][Z|±HH:MM]]) in the years 0001-9999',
);

/** Text with at least one character other than white space (a name of spaces names nobody). */
export const HasText = valueRule(
  'hasText',
  (value) => typeof value === 'string' && /\S/.test(value),
  'must not be blank',
);
