import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { wellFormed } from '../common/unicode';
import { VALIDATION_OPTIONS, validationMessage } from '../common/validation.pipe';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';

export type ParsedLine = { ok: true; document: CreateDocumentDto } | { ok: false; message: string };

/**
 * One NDJSON line as a document, checked exactly as POST /api/documents checks its body, or why not.
 * PostgreSQL text cannot hold NUL, so a text with one is refused here rather than failing its whole batch.
 */
export function parseImportLine(body: string): ParsedLine {
  let value: unknown;
  try {
    // String values as they will be stored (a title also goes into the audit trail's jsonb).
    value = JSON.parse(body, (_key, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v));
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, message: 'not a JSON object' };
  const document = plainToInstance(CreateDocumentDto, value);
  const errors = validateSync(document, VALIDATION_OPTIONS);
  if (errors.length > 0) return { ok: false, message: validationMessage(errors) };
  if (JSON.stringify(value).includes('\\u0000')) return { ok: false, message: 'contains a NUL character' };
  return { ok: true, document };
}
