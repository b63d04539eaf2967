import { isoTime } from '../../common/timestamps';
import { PageResponse } from '../../common/pagination';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_KINDS, DocumentKind } from '../document-kind';
import { Document } from '../document.entity';

export class ClaimCountsResponse {
  @ApiProperty()
  attributed: number;

  @ApiProperty()
  editorial: number;
}

export class DocumentSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'SHA-256 of the text, hex' })
  contentHash: string;

  @ApiProperty({ nullable: true, type: String })
  url: string | null;

  @ApiProperty({ nullable: true, type: String })
  publisher: string | null;

  @ApiProperty({ type: [String] })
  authors: string[];

  @ApiProperty({ nullable: true, type: String })
  language: string | null;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: DocumentKind;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  retrievedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata: Record<string, unknown>;

  @ApiProperty({ type: ClaimCountsResponse, description: 'Live (not retracted) claims by kind' })
  claimCounts: ClaimCountsResponse;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Set when retracted (hidden from default lists)',
  })
  retractedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  retractionReason: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The earliest-published stored document this one reproduces (a syndicated copy)',
  })
  copyOf: string | null;
}

export class DocumentResponse extends DocumentSummaryResponse {
  @ApiProperty({ description: 'The text exactly as received' })
  text: string;
}

export class CreatedDocumentResponse extends DocumentResponse {
  @ApiPropertyOptional({
    description: 'false when the same text was already stored; the existing document is returned',
  })
  created: boolean;
}

export class DocumentPageResponse extends PageResponse(DocumentSummaryResponse) {}

export function documentSummary(
  document: Document,
  claimCounts: ClaimCountsResponse,
): DocumentSummaryResponse {
  return {
    id: document.id,
    title: document.title,
    contentHash: document.contentHash,
    url: document.url,
    publisher: document.publisher,
    authors: document.authors,
    language: document.language,
    kind: document.kind,
    publishedAt: isoTime(document.publishedAt),
    retrievedAt: isoTime(document.retrievedAt),
    createdAt: isoTime(document.createdAt),
    metadata: document.metadata,
    claimCounts,
    retractedAt: isoTime(document.retractedAt),
    retractionReason: document.retractionReason,
    copyOf: document.copyOfId,
  };
}

export function documentResponse(document: Document, claimCounts: ClaimCountsResponse): DocumentResponse {
  return { ...documentSummary(document, claimCounts), text: document.text };
}
