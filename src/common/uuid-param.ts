import { Param, ParseUUIDPipe } from '@nestjs/common';

/** A route id that must be a UUID: anything else answers 400 before a query runs. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ version: undefined }));
