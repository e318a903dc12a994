// The map's classes: a score (0–100) falls in one of five bins, each with a fill colour and a
// Korean label. The colours are never the only carrier: the legend names each bin with how many
// dongs are in it, and the table beside the map gives every dong's score and bin in words.
export type Bin = { from: number; colour: string; label: string };

export const BINS: readonly Bin[] = [
  { from: 90, colour: '#1a4f8b', label: '90 이상 (우수)' },
  { from: 80, colour: '#4a83c3', label: '80–89' },
  { from: 70, colour: '#9cc3e6', label: '70–79' },
  { from: 60, colour: '#f2c57c', label: '60–69' },
  { from: 0, colour: '#c8452d', label: '60 미만 (미흡)' },
];
export const UNASSESSED = { colour: '#e9ecef', label: '미평가' } as const;

/** The bin of a score; null when there is no score (not assessed). */
export function binOf(score: number | null | undefined): Bin | null {
  if (score == null || Number.isNaN(score)) return null;
  return BINS.find((b) => score >= b.from) ?? BINS[BINS.length - 1];
}

/** The fill colour of a score (the grey of 미평가 without one). */
export const colourOf = (score: number | null | undefined) => binOf(score)?.colour ?? UNASSESSED.colour;

/** The bin's label, or 미평가. */
export const binLabel = (score: number | null | undefined) => binOf(score)?.label ?? UNASSESSED.label;

/** How many of the scores fall in each bin (BINS order), then how many are not assessed. */
export function binCounts(scores: Iterable<number | null | undefined>): { bins: number[]; unassessed: number } {
  const bins = BINS.map(() => 0);
  let unassessed = 0;
  for (const s of scores) {
    const b = binOf(s);
    if (b) bins[BINS.indexOf(b)]++;
    else unassessed++;
  }
  return { bins, unassessed };
}
