import {
  ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
  ValidationPipeOptions,
} from '@nestjs/common';
import { findInputViolation } from './input-rules';

export interface FieldError {
  field: string;
  errors: string[];
}

/**
 * Rules that speak for a missing field themselves ("give documentId or url"); any other rule failing on a
 * missing field is replaced by "<field> is required", since its length or format message would mislead.
 */
export const PRESENCE_RULES = new Set(['eitherOf']);

function errorsOf(error: ValidationError, field: string): string[] {
  const constraints = Object.entries(error.constraints ?? {});
  if (error.value !== undefined && error.value !== null) return constraints.map(([, message]) => message);
  const presence = constraints.filter(([rule]) => PRESENCE_RULES.has(rule)).map(([, message]) => message);
  return presence.length > 0 ? presence : [`${field} is required`];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, errors: errorsOf(error, field) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const isMissing = (d: FieldError) => d.errors.length === 1 && d.errors[0] === `${d.field} is required`;

/** The 400 every refused input answers: the message lists the faults, `details` names their fields. */
export function invalidInput(details: FieldError[]): BadRequestException {
  const message = details.map((d) => d.errors.join(', ')).join('; ');
  return new BadRequestException({ message: `Validation failed: ${message}`, details });
}

/** Every refusal of a body or query, missing fields first: `title is required`, then the other rules broken. */
export function validationFailure(errors: ValidationError[]): BadRequestException {
  const flat = flatten(errors);
  return invalidInput([...flat.filter(isMissing), ...flat.filter((d) => !isMissing(d))]);
}

/**
 * The global pipe, with the rules every input obeys whatever its DTO says (no NUL, no lone surrogate,
 * no runaway nesting) checked first, on the raw decoded value, before class-transformer walks it.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // `custom` parameters (the current actor, the report request) are built by the app, not sent.
    if (metadata.type !== 'custom') {
      const violation = findInputViolation(value, metadata.data ?? '');
      if (violation) throw invalidInput([{ field: violation.field, errors: [violation.error] }]);
    }
    return super.transform(value, metadata);
  }
}

/** The options of the one input pipe, also used to check input that does not come through it (import lines). */
export const VALIDATION_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/** "Validation failed: …" for input checked outside the pipe (an import line), as the pipe words it. */
export function validationMessage(errors: ValidationError[]): string {
  return (validationFailure(errors).getResponse() as { message: string }).message;
}

/** The one input pipe: unknown fields are refused, and every refusal names its fields. */
export function createValidationPipe() {
  const options: ValidationPipeOptions = {
    ...VALIDATION_OPTIONS,
    transform: true,
    exceptionFactory: validationFailure,
  };
  return new InputValidationPipe(options);
}
