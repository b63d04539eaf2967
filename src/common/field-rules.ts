import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

function fieldRule(name: string, test: (other: unknown) => boolean, message: (other: string) => string) {
  return (other: string, options?: ValidationOptions) => (target: object, property: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      constraints: [other],
      options: { message: (args: ValidationArguments) => `${args.property} ${message(other)}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value === undefined || test((args.object as Record<string, unknown>)[other]),
      },
    });
}

/** The field may not be given together with `other`. */
export const NotWith = fieldRule(
  'notWith',
  (other) => other === undefined,
  (other) => `cannot be given with ${other}`,
);

/** The field may only be given together with `other`. */
export const OnlyWith = fieldRule(
  'onlyWith',
  (other) => other !== undefined,
  (other) => `needs ${other}`,
);

/**
 * One of the field and `other` must be given: a request with neither is told to give one
 * (the validation pipe shows this message alone, rather than "<field> is required").
 */
export const EitherOf = (other: string, options?: ValidationOptions) => (target: object, property: string) =>
  registerDecorator({
    name: 'eitherOf',
    target: target.constructor,
    propertyName: property,
    constraints: [other],
    options: { message: `give ${property} or ${other}`, ...options },
    validator: {
      validate: (value: unknown, args: ValidationArguments) =>
        value != null || (args.object as Record<string, unknown>)[other] != null,
    },
  });
