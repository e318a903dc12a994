// Seoul's 426 dongs from monitoring-service's reference geography (public, cached by ETag): the
// map's shapes and the Korean names every screen shows instead of codes.
import { SvelteMap } from 'svelte/reactivity';
import { anonymously, monitoring, read } from './api';

// The contract gives GET /api/v1/dongs/boundaries only as application/geo+json without a schema:
// the GeoJSON shape and the feature properties below are what the service documents in words.
export type DongFeature = {
  type: 'Feature';
  properties: { code: string; name_ko: string; district_code: string; district_name_ko: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
};
export type Boundaries = { type: 'FeatureCollection'; attribution: string; license: string; features: DongFeature[] };

let boundaries: Promise<Boundaries> | null = null;
// Reactive: what was drawn with a code (the header's district, say) shows the name once loaded.
const names = new SvelteMap<string, string>();

export function loadBoundaries(): Promise<Boundaries> {
  if (!boundaries) {
    // The service answers GeoJSON's own media type only: asking for application/json is a 406.
    const accept = 'application/geo+json, application/problem+json';
    boundaries = read(monitoring.GET('/api/v1/dongs/boundaries', { headers: { Accept: accept }, ...anonymously })).then((answer) => {
      const b = answer as unknown as Boundaries;
      for (const f of b.features) {
        names.set(f.properties.code, `${f.properties.district_name_ko} ${f.properties.name_ko}`);
        names.set(f.properties.district_code, f.properties.district_name_ko);
      }
      return b;
    });
    boundaries.catch(() => (boundaries = null));
  }
  return boundaries;
}

/** "성북구 길음1동" for a dong code, the district's name for a district code; the code until loaded. */
export function placeName(code: string | null | undefined): string {
  if (!code) return '–';
  return names.get(code) ?? code;
}
