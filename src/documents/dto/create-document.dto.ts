import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DOCUMENT_KINDS, DocumentKind } from '../document-kind';
import { IsTimestamp } from '../../common/input-rules';

export class CreateDocumentDto {
  @ApiProperty({ example: 'Council approves harbour budget' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title: string;

  @ApiProperty({ description: 'The full text, stored exactly as sent; claim anchors are offsets into it.' })
  @IsString()
  @MinLength(1)
  text: string;

  @ApiPropertyOptional({ example: 'https://news.example/harbour-budget' })
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false }, { message: 'url must be an absolute URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({
    description: 'The outlet; editorial assertions are attributed to it.',
    example: 'Harbour Post',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  publisher?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  authors?: string[];

  @ApiPropertyOptional({ description: 'BCP 47 language tag', example: 'en' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, default: 'article' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsTimestamp()
  publishedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the text was fetched; defaults to now.' })
  @IsOptional()
  @IsTimestamp()
  retrievedAt?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Open metadata, stored as JSON.',
  })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
