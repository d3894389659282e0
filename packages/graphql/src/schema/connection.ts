/** Description of the `totalCount` field every connection type carries. */
export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds.';

/** Reads a connection's total count, which the Prisma plugin hands over as a value or a loader. */
export function resolveTotalCount(connection: object): number | Promise<number> {
  const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
  if (totalCount === undefined) throw new Error('totalCount was not loaded for this connection');
  return typeof totalCount === 'function' ? totalCount() : totalCount;
}
