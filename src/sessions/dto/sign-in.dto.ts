import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The sign-in form (application/x-www-form-urlencoded). */
export class SignInDto {
  @IsString()
  @MaxLength(200)
  key: string;
}

/** The sign-out form: the session's CSRF token as a field, since a plain form cannot send headers. */
export class SignOutDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  csrf?: string;
}
