import { BadRequestException } from '@nestjs/common';
import { CreateClaimDto } from '../claims/dto/create-claim.dto';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';
import { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import { createValidationPipe } from './validation.pipe';

async function refusal(metatype: new () => object, value: unknown) {
  const pipe = createValidationPipe();
  const error = await pipe.transform(value, { type: 'body', metatype }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadRequestException);
  return (error as BadRequestException).getResponse() as {
    message: string;
    details: Array<{ field: string; errors: string[] }>;
  };
}

describe('validation pipe', () => {
  it('says a missing field is required, alone, instead of listing its length and type rules', async () => {
    const body = await refusal(CreateDocumentDto, { text: 'Some text.' });
    expect(body.details).toEqual([{ field: 'title', errors: ['title is required'] }]);
    expect(body.message).toBe('Validation failed: title is required');
  });

  it('treats null like a missing field', async () => {
    const body = await refusal(CreateDocumentDto, { title: null, text: 'Some text.' });
    expect(body.details).toEqual([{ field: 'title', errors: ['title is required'] }]);
  });

  it('keeps the rules a given value breaks, and lists missing fields first', async () => {
    const body = await refusal(CreateDocumentDto, { title: '', url: 'not a url' });
    expect(body.details[0]).toEqual({ field: 'text', errors: ['text is required'] });
    expect(body.details.find((d) => d.field === 'title')!.errors).toEqual([
      'title must be longer than or equal to 1 characters',
    ]);
    expect(body.details.find((d) => d.field === 'url')!.errors).toEqual(['url must be an absolute URL']);
  });

  it('names nested missing fields by their path', async () => {
    const body = await refusal(CreateClaimDto, {
      documentId: '6b1f7a3e-0000-4000-8000-000000000000',
      kind: 'attributed',
      start: 0,
      end: 3,
      speaker: { kind: 'person' },
    });
    expect(body.details).toEqual([{ field: 'speaker.name', errors: ['speaker.name is required'] }]);
  });

  it('tells evidence with neither a document nor a URL to give one', async () => {
    const body = await refusal(CreateEvidenceDto, { stance: 'context' });
    expect(body.details).toEqual([{ field: 'documentId', errors: ['give documentId or url'] }]);
    expect(body.message).toBe('Validation failed: give documentId or url');
  });

  it('still refuses a malformed document id or URL on evidence', async () => {
    expect((await refusal(CreateEvidenceDto, { stance: 'context', documentId: 'x' })).details).toEqual([
      { field: 'documentId', errors: ['documentId must be a UUID'] },
    ]);
    expect((await refusal(CreateEvidenceDto, { stance: 'context', url: 'nope' })).details).toEqual([
      { field: 'url', errors: ['url must be an absolute URL'] },
    ]);
  });
});
