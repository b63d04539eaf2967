import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Why a claim or document is withdrawn from default lists; it stays readable with its history. */
export class RetractDto {
  @ApiProperty({ example: 'Duplicate of another claim in the same paragraph' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason: string;
}
