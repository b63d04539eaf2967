import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

/** `GET /?q=&cursor=&limit=`: a title search over live (not retracted) documents. */
export class ReaderListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(300)
  q?: string;
}
