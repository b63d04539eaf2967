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

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, errors: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The 400 every refused input answers: the message lists the faults, `details` names their fields. */
export function invalidInput(details: FieldError[]): BadRequestException {
  const message = details.map((d) => d.errors.join(', ')).join('; ');
  return new BadRequestException({ message: `Validation failed: ${message}`, details });
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

/** The one input pipe: unknown fields are refused, and every refusal names its fields. */
export function createValidationPipe() {
  const options: ValidationPipeOptions = {
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => invalidInput(flatten(errors)),
  };
  return new InputValidationPipe(options);
}
