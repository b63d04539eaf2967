import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { findInputViolation } from '../common/input-rules';
import { VALIDATION_OPTIONS, validationMessage } from '../common/validation.pipe';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';

export type ParsedLine = { ok: true; document: CreateDocumentDto } | { ok: false; message: string };

/**
 * One NDJSON line as a document, checked exactly as POST /api/documents checks its body (the input rules
 * first: no NUL, which PostgreSQL text cannot hold, no lone surrogate, no runaway nesting), or why not.
 */
export function parseImportLine(body: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, message: 'not a JSON object' };
  const violation = findInputViolation(value);
  if (violation) return { ok: false, message: `Validation failed: ${violation.error}` };
  const document = plainToInstance(CreateDocumentDto, value);
  const errors = validateSync(document, VALIDATION_OPTIONS);
  if (errors.length > 0) return { ok: false, message: validationMessage(errors) };
  return { ok: true, document };
}
