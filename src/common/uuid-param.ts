import { Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { Transform } from 'class-transformer';

// PostgreSQL stores a uuid in lowercase whatever case it was given in; ids are lowercased at the edge so
// everything downstream (comparisons, audit events and their hashes) sees exactly what is stored.
const lowercase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

class CanonicalUuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    return value.toLowerCase();
  }
}

/** A route id that must be a UUID: anything else answers 400 before a query runs; it arrives lowercased. */
export const UuidParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ version: undefined }), new CanonicalUuidPipe());

/** Lowercases a UUID field of a body or query, as UuidParam does for route ids. */
export const CanonicalUuid = () => Transform(({ value }: { value: unknown }) => lowercase(value));
