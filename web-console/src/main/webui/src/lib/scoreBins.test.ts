import { describe, expect, it } from 'vitest';
import { BINS, UNASSESSED, binCounts, binLabel, binOf, colourOf } from './scoreBins';

describe("the map's classes", () => {
  it('puts each score in its bin, the bounds inclusive from below', () => {
    expect(binOf(100)?.label).toBe('90 이상 (우수)');
    expect(binOf(90)?.label).toBe('90 이상 (우수)');
    expect(binOf(89.9)?.label).toBe('80–89');
    expect(binOf(80)?.label).toBe('80–89');
    expect(binOf(70)?.label).toBe('70–79');
    expect(binOf(60)?.label).toBe('60–69');
    expect(binOf(59.9)?.label).toBe('60 미만 (미흡)');
    expect(binOf(0)?.label).toBe('60 미만 (미흡)');
  });

  it('has no bin for a dong without a score: grey, 미평가', () => {
    expect(binOf(null)).toBeNull();
    expect(binOf(undefined)).toBeNull();
    expect(binOf(Number.NaN)).toBeNull();
    expect(colourOf(null)).toBe(UNASSESSED.colour);
    expect(binLabel(undefined)).toBe('미평가');
  });

  it('gives every bin its own colour, none the grey of 미평가', () => {
    const colours = BINS.map((b) => b.colour);
    expect(new Set(colours).size).toBe(BINS.length);
    expect(colours).not.toContain(UNASSESSED.colour);
    expect(colourOf(95)).toBe(BINS[0].colour);
    expect(colourOf(42)).toBe(BINS[4].colour);
  });

  it('counts the dongs per bin for the legend', () => {
    expect(binCounts([95, 90, 85, 71, 60, 12, null, undefined])).toEqual({ bins: [2, 1, 1, 1, 1], unassessed: 2 });
    expect(binCounts([])).toEqual({ bins: [0, 0, 0, 0, 0], unassessed: 0 });
  });
});
