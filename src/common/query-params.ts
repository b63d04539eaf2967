// Query strings arrive as text. These turn the forms a client means into values and leave everything else as
// it came, so the validators after them refuse it with the parameter's name.

/** 'true' and 'false' only: '1', 'yes' or an empty value stay strings and fail @IsBoolean. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * Decimal digits only. Number() would also read '0x10', '1e1', ' 5' and '' (as 0), so a limit written in any
 * of those would have been taken as some other number than the client can see it is.
 */
export const toDecimalInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
