import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';

/** The ETag of a versioned entity: its optimistic-lock version, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an edit is based on, from `If-Match` ("3" or W/"3") or the body's `version`.
 * Both may be sent if they agree; with `required`, sending neither answers 428.
 */
export function expectedVersion(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
  required: boolean,
) {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
    if (!match)
      throw new BadRequestException(
        `If-Match must be the ETag of the version edited, e.g. "3"; got ${ifMatch}`,
      );
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new BadRequestException(`If-Match (${fromHeader}) and version (${bodyVersion}) disagree`);
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined && required) {
    throw new HttpException(
      'send the version this edit is based on: If-Match: "<version>" or version in the body',
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  return version;
}
