import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The session (oidc-client-ts in a browser) stands aside: a token to hand out, and the 'session over' hook.
const session = vi.hoisted(() => ({ token: 'token-1' as string | null, ended: vi.fn(async (_message: string) => {}) }));
vi.mock('./session.svelte', () => ({
  accessToken: async () => session.token,
  ended: session.ended,
  REFUSED: 'refused-message',
}));

import { ApiError, anonymously, answer, asFile, cases, explain, file, fileName, ifMatch, monitoring, rawBody, read, resetConfig, total, training } from './api';

const CONFIG = {
  governanceUrl: 'http://gov.test:8081',
  monitoringUrl: 'http://mon.test:8082/',
  trainingUrl: 'http://train.test:8083',
  casesUrl: 'http://cases.test:8084',
  oidcIssuer: 'http://kc.test/realms/chatdong',
  oidcClientId: 'chatdong-console',
};

type Sent = { url: string; method: string; headers: Headers; body: string | null };
let sent: Sent[];
let answers: (() => Response)[];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...headers } });

beforeEach(() => {
  resetConfig();
  session.token = 'token-1';
  session.ended.mockClear();
  sent = [];
  answers = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url === './config.json') return json(200, CONFIG)();
    const body = init?.body ? new TextDecoder().decode(init.body as ArrayBuffer) : null;
    sent.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body });
    const next = answers.shift();
    if (!next) throw new TypeError('fetch failed');
    return next();
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the clients', () => {
  it("call the service's configured address with the path, query and the person's token", async () => {
    answers.push(json(200, { items: [], page: 2, size: 10, total: 31 }));
    const page = await read(monitoring.GET('/api/v1/rounds', { params: { query: { page: 2, size: 10, status: 'COMPLETED' } } }));
    expect(page.total).toBe(31);
    expect(sent).toHaveLength(1);
    // The trailing slash of the configured URL does not double.
    expect(sent[0].url).toBe('http://mon.test:8082/api/v1/rounds?page=2&size=10&status=COMPLETED');
    expect(sent[0].method).toBe('GET');
    expect(sent[0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(sent[0].headers.get('Accept')).toBe('application/json, application/problem+json');
  });

  it('fill path parameters and leave out query parameters without a value', async () => {
    answers.push(json(200, { id: 'c-1' }));
    await read(training.GET('/api/v1/cohorts/{id}/enrolments', { params: { path: { id: 'c 1' }, query: { status: undefined, size: 20 } } }));
    expect(sent[0].url).toBe('http://train.test:8083/api/v1/cohorts/c%201/enrolments?size=20');
  });

  it('send a public read without the token', async () => {
    answers.push(json(200, { items: [], page: 0, size: 10, total: 0 }));
    await read(cases.GET('/api/v1/cases', { params: { query: { q: '돌봄' } }, ...anonymously }));
    expect(sent[0].url).toBe('http://cases.test:8084/api/v1/cases?q=%EB%8F%8C%EB%B4%84');
    expect(sent[0].headers.has('Authorization')).toBe(false);
  });

  it('send no Authorization when nobody is signed in', async () => {
    session.token = null;
    answers.push(json(200, { items: [], page: 0, size: 10, total: 0 }));
    await read(monitoring.GET('/api/v1/rounds'));
    expect(sent[0].headers.has('Authorization')).toBe(false);
  });

  it("keep a call's own Accept (GeoJSON's media type)", async () => {
    answers.push(json(200, { type: 'FeatureCollection', features: [] }));
    await read(monitoring.GET('/api/v1/dongs/boundaries', { headers: { Accept: 'application/geo+json' }, ...anonymously }));
    expect(sent[0].headers.get('Accept')).toBe('application/geo+json');
  });

  it('send a body as JSON with If-Match, and answer the ETag', async () => {
    answers.push(json(200, { dongCode: '1129052500', field: 'WELFARE', score: 72 }, { ETag: '"3"' }));
    const got = await answer(
      monitoring.PUT('/api/v1/rounds/{id}/assessments/{dongCode}/{field}', {
        params: { path: { id: 'r-1', dongCode: '1129052500', field: 'WELFARE' }, header: ifMatch('"2"') },
        body: { score: 72, findings: '방문 상담 늘림' },
      }),
    );
    expect(got.etag).toBe('"3"');
    expect(got.data.score).toBe(72);
    expect(sent[0].method).toBe('PUT');
    expect(sent[0].url).toBe('http://mon.test:8082/api/v1/rounds/r-1/assessments/1129052500/WELFARE');
    expect(sent[0].headers.get('If-Match')).toBe('"2"');
    expect(sent[0].headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(sent[0].body!)).toEqual({ score: 72, findings: '방문 상담 늘림' });
  });

  it('send no If-Match without an ETag', () => {
    expect(ifMatch(null)).toEqual({});
    expect(ifMatch('"7"')).toEqual({ 'If-Match': '"7"' });
  });

  it('read a list total for the state counts', async () => {
    answers.push(json(200, { items: [{}], page: 0, size: 1, total: 17 }));
    expect(await total(cases.GET('/api/v1/cases', { params: { query: { status: 'IN_REVIEW', size: 1 } } }))).toBe(17);
  });

  it('read config.json once', async () => {
    answers.push(json(200, { items: [], page: 0, size: 1, total: 0 }), json(200, { items: [], page: 0, size: 1, total: 0 }));
    const configReads = vi.fn();
    const inner = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === './config.json') configReads();
      return inner(input, init);
    });
    await read(monitoring.GET('/api/v1/rounds'));
    await read(cases.GET('/api/v1/cases'));
    expect(configReads).toHaveBeenCalledTimes(1);
  });
});

describe('files', () => {
  it('ask for a PDF and save it under the Korean name the service gives', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7');
    answers.push(() => new Response(bytes, {
      status: 200,
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="chatdong-report-2016-v2.pdf"; filename*=UTF-8''${encodeURIComponent('2016년 평가보고서 제2판.pdf')}` },
    }));
    const pdf = await file(monitoring.GET('/api/v1/reports/{year}', { params: { path: { year: 2016 }, query: { version: '2' } }, ...asFile('application/pdf') }), 'fallback.pdf');
    expect(sent[0].url).toBe('http://mon.test:8082/api/v1/reports/2016?version=2');
    expect(sent[0].headers.get('Accept')).toBe('application/pdf, application/problem+json');
    expect(sent[0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(pdf.name).toBe('2016년 평가보고서 제2판.pdf');
    expect(new Uint8Array(await pdf.blob.arrayBuffer())).toEqual(bytes);
  });

  it('turn a refused file request into its problem', async () => {
    answers.push(json(404, { type: 'https://chatdong.seoul.kr/problems/not-found', title: 'Not Found', status: 404, detail: 'no version 9' }));
    const refused = await file(monitoring.GET('/api/v1/reports/{year}', { params: { path: { year: 2016 }, query: { version: '9' } }, ...asFile('application/pdf') }), 'x.pdf').catch((e) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.status).toBe(404);
    expect(refused.problem.detail).toBe('no version 9');
  });

  it('upload a file as its raw bytes, with its name in the query and If-Match', async () => {
    answers.push(json(200, { fileName: '매뉴얼.hwp', sha256: 'ab' }, { ETag: '"ab"' }));
    const got = await answer(
      cases.PUT('/api/v1/manuals/{volumeId}/versions/{version}/document', {
        params: { path: { volumeId: 'v-1', version: 2 }, query: { filename: '매뉴얼.hwp' }, header: ifMatch('"aa"') },
        body: new Blob(['HWP 문서']),
        ...rawBody,
      }),
    );
    expect(got.etag).toBe('"ab"');
    expect(sent[0].method).toBe('PUT');
    expect(sent[0].url).toBe('http://cases.test:8084/api/v1/manuals/v-1/versions/2/document?filename=%EB%A7%A4%EB%89%B4%EC%96%BC.hwp');
    expect(sent[0].headers.get('Content-Type')).toBe('application/octet-stream');
    expect(sent[0].headers.get('If-Match')).toBe('"aa"');
    // The bytes as they are, not JSON (a Blob as JSON is "{}").
    expect(sent[0].body).toBe('HWP 문서');
  });

  it('read the file name from Content-Disposition: filename* first, then filename, then the fallback', () => {
    expect(fileName(`attachment; filename="a.csv"; filename*=UTF-8''${encodeURIComponent('2016년 할당.csv')}`, 'x')).toBe('2016년 할당.csv');
    expect(fileName('attachment; filename="quota-2016.csv"', 'x')).toBe('quota-2016.csv');
    expect(fileName('attachment; filename=quota.csv', 'x')).toBe('quota.csv');
    expect(fileName("attachment; filename*=UTF-8''%E0%A4%A", 'x')).toBe('x');
    expect(fileName(null, '기본.pdf')).toBe('기본.pdf');
    expect(fileName('inline', '기본.pdf')).toBe('기본.pdf');
  });
});

describe('problems', () => {
  it('turn a problem+json answer into an ApiError with its members', async () => {
    answers.push(json(422, { type: 'https://chatdong.seoul.go.kr/problems/round-incomplete', title: 'Round incomplete', status: 422, detail: '3 assessments missing', missingCount: 3 }));
    const error = await read(monitoring.POST('/api/v1/rounds/{id}/complete', { params: { path: { id: 'r-1' } } })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.problem.missingCount).toBe(3);
    expect(error.message).toBe('3 assessments missing');
  });

  it('keep the HTTP status when the body is not JSON', async () => {
    answers.push(() => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await read(monitoring.GET('/api/v1/rounds')).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.problem).toEqual({ status: 502, title: 'Bad Gateway' });
  });

  it('end the session when the service refuses the token (401)', async () => {
    answers.push(json(401, { title: 'Unauthorized', status: 401 }));
    await expect(read(monitoring.GET('/api/v1/rounds'))).rejects.toBeInstanceOf(ApiError);
    expect(session.ended).toHaveBeenCalledWith('refused-message');
  });

  it('do not end the session on a 401 to a call sent without a token', async () => {
    answers.push(json(401, { title: 'Unauthorized', status: 401 }));
    await expect(read(cases.GET('/api/v1/cases', anonymously))).rejects.toBeInstanceOf(ApiError);
    expect(session.ended).not.toHaveBeenCalled();
  });

  it('say that no service answered (status 0) when the network fails', async () => {
    const error = await read(training.GET('/api/v1/courses')).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem.detail).toContain('http://train.test:8083');
    expect(explain(error).title).toBe('서비스에 연결할 수 없습니다 (연결 실패)');
  });
});

describe('explain (what ProblemBox shows)', () => {
  const e = (problem: ConstructorParameters<typeof ApiError>[0]) => explain(new ApiError(problem));

  it('says what a business rule refusal means and what to do', () => {
    const shown = e({ status: 422, title: 'Round incomplete', detail: '3 assessments missing' });
    expect(shown.title).toBe('사업 규칙상 할 수 없습니다 (422)');
    expect(shown.todo).toContain('다시 하세요');
    expect(shown.detail).toBe('3 assessments missing');
    expect(shown.fields).toEqual([]);
  });

  it('lists the fields a validation problem names', () => {
    const shown = e({ status: 400, errors: [{ field: 'score', message: 'must be at most 100' }, { field: 'dongCodes[0]', message: "unknown dong code '9999999999'" }] });
    expect(shown.title).toBe('입력한 값이 올바르지 않습니다 (400)');
    expect(shown.fields).toEqual(['score: must be at most 100', "dongCodes[0]: unknown dong code '9999999999'"]);
  });

  it('tells someone whose change lost to another to reload (412)', () => {
    const shown = e({ status: 412, currentETag: '"5"' });
    expect(shown.title).toBe('다른 사람이 먼저 고쳤습니다 (412)');
    expect(shown.todo).toContain('내 변경은 저장되지 않았습니다');
    expect(shown.detail).toBeNull();
  });

  it('gives the incident number of a server failure', () => {
    const shown = e({ status: 500, title: 'Internal Server Error', incident: '5d0c2f7a-1b9e-4c1d-8f3a-0e6b2a9c7d41' });
    expect(shown.title).toBe('서비스 쪽에서 오류가 났습니다 (500)');
    expect(shown.todo).toContain('사건 번호');
    expect(shown.detail).toBe('사건 번호 5d0c2f7a-1b9e-4c1d-8f3a-0e6b2a9c7d41');
  });

  it("falls back to the service's own title for a status it has no words for", () => {
    expect(e({ status: 418, title: "I'm a teapot" }).title).toBe("I'm a teapot (418)");
    expect(e({ status: 418 }).title).toBe('요청이 거절되었습니다 (418)');
  });

  it('explains an error that is not a problem as unknown, with its text', () => {
    const shown = explain(new TypeError('x is undefined'));
    expect(shown.title).toBe('알 수 없는 오류가 났습니다');
    expect(shown.detail).toBe('TypeError: x is undefined');
  });
});
