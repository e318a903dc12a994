import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./session.svelte', () => ({ accessToken: async () => 'token', ended: vi.fn(), REFUSED: '' }));

import { resetConfig } from './api';
import { loadBoundaries, placeName } from './geo';

const feature = (code: string, name: string, district: string, districtName: string) => ({
  type: 'Feature',
  properties: { code, name_ko: name, district_code: district, district_name_ko: districtName },
  geometry: { type: 'Polygon', coordinates: [] },
});
const BOUNDARIES = {
  type: 'FeatureCollection',
  attribution: 'Statistics Korea SGIS',
  license: 'CC BY 4.0',
  features: [feature('1129052500', '길음1동', '11290', '성북구'), feature('1111051500', '청운효자동', '11110', '종로구')],
};

let requests: { url: string; headers: Headers }[];
beforeEach(() => {
  resetConfig();
  requests = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url === './config.json') return new Response(JSON.stringify({ monitoringUrl: 'http://mon.test' }));
    requests.push({ url, headers: new Headers(init?.headers) });
    return new Response(JSON.stringify(BOUNDARIES), { headers: { 'Content-Type': 'application/geo+json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('place names', () => {
  it('show the code until the boundaries are read, then the Korean names', async () => {
    expect(placeName('1129052500')).toBe('1129052500');
    expect(placeName(null)).toBe('–');
    const b = await loadBoundaries();
    expect(b.features).toHaveLength(2);
    expect(requests.map((r) => r.url)).toEqual(['http://mon.test/api/v1/dongs/boundaries']);
    expect(requests[0].headers.has('Authorization')).toBe(false);
    expect(requests[0].headers.get('Accept')).toBe('application/geo+json, application/problem+json');
    expect(placeName('1129052500')).toBe('성북구 길음1동');
    expect(placeName('11290')).toBe('성북구');
    expect(placeName('1111051500')).toBe('종로구 청운효자동');
    expect(placeName('9999999999')).toBe('9999999999');
  });

  it('are read once, publicly, as GeoJSON', async () => {
    await Promise.all([loadBoundaries(), loadBoundaries()]);
    // The first test read them already: the promise is kept, nothing is asked again.
    expect(requests).toHaveLength(0);
  });
});
