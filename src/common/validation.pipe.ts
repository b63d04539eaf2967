import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** Every refusal of a body or query, missing fields first: `title is required`, then the other rules broken. */
export function validationFailure(errors: ValidationError[]): BadRequestException {
  const flat = flatten(errors);
  const details = [...flat.filter(isMissing), ...flat.filter((d) => !isMissing(d))];
  const message = details.map((d) => d.errors.join(', ')).join('; ');
  return new BadRequestException({ message: `Validation failed: ${message}`, details });
}

/** The one input pipe: unknown fields are refused, and every refusal names its fields. */
export function createValidationPipe() {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailure,
  });
}
