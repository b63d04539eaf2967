import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidCursor } from './domain-errors';
import { MAX_INT4, textFault } from './input-rules';
import { toDecimalInteger } from './query-params';

export const MAX_PAGE_SIZE = 100;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Transform(toDecimalInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type CursorValue = string | number;
export type KeyType = 'uuid' | 'timestamp' | 'integer' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The form Date.toISOString gives, which is how every list writes its timestamps into a cursor.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// A cursor is client input like any other: each part must be a value its column can hold, or the
// forged cursor would reach PostgreSQL (year 0, int8 offsets and NUL all make it fail the query).
const isKey: Record<KeyType, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  timestamp: (v) =>
    typeof v === 'string' &&
    ISO_INSTANT.test(v) &&
    !v.startsWith('0000') &&
    !Number.isNaN(Date.parse(v)) &&
    new Date(v).toISOString() === v,
  integer: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_INT4,
  text: (v) => typeof v === 'string' && textFault(v) === null,
};

/** A keyset order: columns compared as one row value, all in the same direction. */
export interface KeysetOrder<T> {
  /**
   * Written into every cursor and checked on the way back: a cursor from another list (or another order of the
   * same list) whose key happens to have the same types would otherwise be read as a position in this one.
   */
  name: string;
  columns: string[];
  /** The type of each column, so a forged cursor is refused before it reaches SQL. */
  types: KeyType[];
  direction: 'ASC' | 'DESC';
  /** The values of `columns` for an item, in the same order. */
  keyOf(item: T): CursorValue[];
}

/**
 * Applies the order, the cursor position and limit + 1 (to learn whether another page follows). The order's items
 * may be of another type than the query's entity, when its rows are mapped by hand.
 */
export function applyKeyset<E extends ObjectLiteral, I = E>(
  query: SelectQueryBuilder<E>,
  order: KeysetOrder<I>,
  page: PageQueryDto,
): SelectQueryBuilder<E> {
  order.columns.forEach((column) => query.addOrderBy(column, order.direction));
  const values = cursorAfter(page, order);
  if (values !== undefined) {
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const comparison = order.direction === 'DESC' ? '<' : '>';
    query.andWhere(
      `(${order.columns.join(', ')}) ${comparison} (${values.map((_, i) => `:cursor${i}`).join(', ')})`,
      params,
    );
  }
  return query.take(undefined).limit(page.limit + 1);
}

/** The key a page starts after: the cursor's values, checked against the order's types; none on the first page. */
export function cursorAfter(page: PageQueryDto, order: CursorShape) {
  return page.cursor === undefined ? undefined : decodeCursor(page.cursor, order);
}

export function toPage<E, T>(
  rows: E[],
  order: KeysetOrder<E>,
  page: PageQueryDto,
  map: (row: E) => T,
): Page<T> {
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  return {
    items: items.map(map),
    nextCursor: more ? encodeCursor(order, order.keyOf(items[items.length - 1])) : null,
  };
}

type CursorShape = Pick<KeysetOrder<unknown>, 'name' | 'types'>;

function encodeCursor(order: CursorShape, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([order.name, ...values])).toString('base64url');
}

function decodeCursor(cursor: string, { name, types }: CursorShape): CursorValue[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const values: unknown[] = Array.isArray(decoded) && decoded[0] === name ? decoded.slice(1) : [];
    if (values.length === types.length && values.every((v, i) => isKey[types[i]](v))) {
      return values as CursorValue[];
    }
  } catch {
    // falls through to the domain error below
  }
  throw new InvalidCursor();
}

/** The OpenAPI shape of a page of `item`: extend it as `class XPageResponse extends PageResponse(X) {}`. */
export function PageResponse<T>(item: Type<T>) {
  class PageOf implements Page<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({
      nullable: true,
      type: String,
      description: 'Pass as `cursor` for the next page; null on the last',
    })
    nextCursor: string | null;
  }
  return PageOf;
}
