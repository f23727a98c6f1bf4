/*
 * How <endht-partners> balances its rows of equal tiles. The container's width (a container
 * query) gives the most tiles a row can hold; the number of tiles is known when the element
 * renders. From both, this module works out how many tiles each row holds.
 */

/**
 * The most tiles to a row, by the list's width: a tile needs about 140 px for an organisation's
 * short name and two or three lines of its full name. The container queries of
 * partners.styles.ts use the same widths.
 */
export const ROW_LIMITS = [2, 3, 4, 5, 6] as const;

/** How a list of tiles is laid out for one limit of tiles to a row. */
export interface Rows {
  /** Tiles in a full row: the number of columns. */
  columns: number;
  /** The index of the first tile of each row that holds one tile fewer (these rows are centred). */
  shortRowStarts: number[];
}

/**
 * Rows for `count` tiles, at most `limit` to a row (more only to avoid a lone tile): as few rows
 * as hold them, as even as they can be. The rows differ by one tile at most, the fuller rows come
 * first, and no row holds a single tile when there are several rows. For 11 tiles: 6 + 5 with a
 * limit of 6, 4 + 4 + 3 with 4, and 3 + 3 + 3 + 2 with 2 (five rows of two would leave one alone).
 */
export function balancedRows(count: number, limit: number): Rows {
  const rows = Math.ceil(count / limit);
  const columns = Math.ceil(count / rows);
  const shortRows = rows * columns - count;
  const loneTile = rows > 1 && columns === 2 && shortRows > 0;
  if (loneTile) return balancedRows(count, limit + 1);
  const fullRows = rows - shortRows;
  const shortRowStarts: number[] = [];
  for (let row = 0; row < shortRows; row++) {
    shortRowStarts.push(fullRows * columns + row * (columns - 1));
  }
  return { columns, shortRowStarts };
}
