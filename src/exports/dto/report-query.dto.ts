import { ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CLAIM_KINDS, ClaimKind } from '../../claims/claim-enums';
import { ClaimFilterDto } from '../../claims/dto/claim-query.dto';
import { toBoolean } from '../../common/query-params';
import { CSV_FORMULAS, CsvFormulas, REPORT_FORMATS, ReportFormat } from '../report-format';

export class ReportFormatQueryDto {
  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    description: 'Wins over the Accept header; without either the report is json',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  @ApiPropertyOptional({
    enum: CSV_FORMULAS,
    default: 'escape',
    description:
      'csv only. escape (the default): a cell starting with =, +, -, @, tab or CR gets a leading apostrophe, so a ' +
      'spreadsheet shows it as text instead of running it as a formula; raw: cells exactly as stored',
  })
  @IsOptional()
  @IsIn(CSV_FORMULAS)
  csvFormulas?: CsvFormulas;
}

export class ReportQueryDto extends ReportFormatQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Include retracted claims and claims of retracted documents',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeRetracted?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Include claims a re-extraction superseded',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeSuperseded?: boolean;
}

/** A report on one document or speaker, optionally of one claim kind. */
export class ScopedReportQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;
}

/** A report on every claim matching the filters `GET /api/claims` takes (without its paging). */
export class ClaimsReportQueryDto extends IntersectionType(
  ReportFormatQueryDto,
  OmitType(ClaimFilterDto, ['limit', 'cursor'] as const),
) {}
