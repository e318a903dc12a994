// Lists are read a page at a time (page from 0, size, total), as every service's list answers.

/** How many pages a list of `total` items has at `size` a page (at least one: an empty list is one empty page). */
export function pageCount(total: number, size: number): number {
  if (!(size > 0)) return 1;
  return Math.max(1, Math.ceil(total / size));
}

/** The items of one page of a list held whole (the map's dong table). */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice(page * size, (page + 1) * size);
}
