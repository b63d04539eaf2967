import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

export interface FieldError {
  field: string;
  errors: string[];
}

export function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, errors: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The options of the one input pipe, also used to check input that does not come through it (import lines). */
export const VALIDATION_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/** "Validation failed: …", naming every field's errors, as every refused input says it. */
export function validationMessage(errors: ValidationError[]): string {
  return `Validation failed: ${flatten(errors)
    .map((d) => d.errors.join(', '))
    .join('; ')}`;
}

/** The one input pipe: unknown fields are refused, and every refusal names its fields. */
export function createValidationPipe() {
  return new ValidationPipe({
    ...VALIDATION_OPTIONS,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: validationMessage(errors), details: flatten(errors) }),
  });
}
