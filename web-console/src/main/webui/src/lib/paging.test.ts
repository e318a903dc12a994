import { describe, expect, it } from 'vitest';
import { pageCount, pageOf } from './paging';

describe('paging', () => {
  it('counts pages, an empty list being one empty page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(1, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(426, 15)).toBe(29);
    expect(pageCount(5, 0)).toBe(1);
  });

  it('cuts one page out of a list held whole', () => {
    const items = Array.from({ length: 32 }, (_, i) => i);
    expect(pageOf(items, 0, 15)).toEqual(items.slice(0, 15));
    expect(pageOf(items, 2, 15)).toEqual([30, 31]);
    expect(pageOf(items, 3, 15)).toEqual([]);
  });
});
