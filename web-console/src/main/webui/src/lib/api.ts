// The four services' public APIs, as any other city system calls them: base URLs from /config.json,
// the signed-in person's current access token (lib/session.svelte.ts), problem+json errors explained
// in words.
import { accessToken, ended, REFUSED } from './session.svelte';

export type Service = 'governance' | 'monitoring' | 'training' | 'cases';
export type Config = { governanceUrl: string; monitoringUrl: string; trainingUrl: string; casesUrl: string; oidcIssuer: string; oidcClientId: string };
export type Page<T> = { items: T[]; page: number; size: number; total: number };
export type Problem = { type?: string; title?: string; status: number; detail?: string; errors?: { field: string; message: string }[]; currentETag?: string; missing?: unknown[] };

let config: Config | null = null;

export async function loadConfig(): Promise<Config> {
  if (!config) {
    const res = await fetch('./config.json', { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new ApiError({ status: res.status, detail: 'config.json: ' + res.statusText });
    config = (await res.json()) as Config;
  }
  return config;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status() {
    return this.problem.status;
  }
}

/** What went wrong and what to do about it, in Korean; the service's own detail follows. */
export function explain(error: unknown): { title: string; todo: string; detail: string | null; fields: string[] } {
  if (!(error instanceof ApiError)) {
    return { title: '알 수 없는 오류가 났습니다', todo: '화면을 새로 고친 뒤 다시 해 보세요.', detail: String(error), fields: [] };
  }
  const p = error.problem;
  const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.message}`);
  const by: Record<number, [string, string]> = {
    0: ['서비스에 연결할 수 없습니다', '서비스가 실행 중인지, 주소(config.json)가 맞는지 확인한 뒤 다시 해 보세요.'],
    400: ['입력한 값이 올바르지 않습니다', '아래 항목을 고쳐서 다시 보내세요.'],
    401: ['로그인이 만료되었습니다', '다시 로그인하세요.'],
    403: ['이 작업을 할 권한이 없습니다', '역할이나 담당 자치구가 맞는지 확인하세요. 다른 자치구의 자료는 고칠 수 없습니다.'],
    404: ['찾을 수 없습니다', '이미 지워졌거나 주소가 틀렸습니다. 목록을 새로 고치세요.'],
    409: ['지금 상태에서는 할 수 없는 작업입니다', '이미 처리되었을 수 있습니다. 새로 고쳐 현재 상태를 확인하세요.'],
    412: ['다른 사람이 먼저 고쳤습니다', '새로 고침을 눌러 최신 내용을 불러온 뒤, 필요하면 다시 고치세요. 내 변경은 저장되지 않았습니다.'],
    413: ['보낸 내용이 너무 큽니다', '1 MB 이하로 나누어 보내세요.'],
    422: ['사업 규칙상 할 수 없습니다', '아래 설명에 나온 조건(빠진 평가 등)을 먼저 채운 뒤 다시 하세요.'],
    428: ['버전 정보(If-Match)가 빠졌습니다', '새로 고친 뒤 다시 하세요.'],
    503: ['서비스가 잠시 응답하지 못합니다', '몇 초 뒤 다시 해 보세요. 같은 요청을 다시 보내도 두 번 저장되지 않습니다.'],
  };
  const [title, todo] = by[p.status] ?? (p.status >= 500 ? ['서비스 쪽에서 오류가 났습니다', '잠시 뒤 다시 해 보고, 계속되면 아래 사건 번호를 알려 주세요.'] : [p.title ?? '요청이 거절되었습니다', '내용을 확인한 뒤 다시 해 보세요.']);
  return { title: `${title} (${p.status || '연결 실패'})`, todo, detail: p.detail ?? null, fields };
}

type Options = { method?: string; accept?: string; body?: unknown; ifMatch?: string | null; idempotent?: boolean; anonymous?: boolean; query?: Record<string, string | number | boolean | null | undefined> };

export type Answer<T> = { data: T; etag: string | null };

export async function call<T>(service: Service, path: string, options: Options = {}): Promise<Answer<T>> {
  const cfg = await loadConfig();
  const base = { governance: cfg.governanceUrl, monitoring: cfg.monitoringUrl, training: cfg.trainingUrl, cases: cfg.casesUrl }[service];
  const url = new URL(base + path);
  for (const [k, v] of Object.entries(options.query ?? {})) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, String(v));
  }
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json, application/problem+json' };
  if (!options.anonymous) {
    const token = await accessToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  let res: Response;
  try {
    res = await fetch(url, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  } catch (e) {
    throw new ApiError({ status: 0, detail: `${url.origin}: ${String(e)}` });
  }
  if (!res.ok) {
    let problem: Problem = { status: res.status, title: res.statusText };
    try {
      problem = { ...(await res.json()), status: res.status };
    } catch {
      /* not JSON */
    }
    if (res.status === 401 && headers.Authorization) {
      void ended(REFUSED);
    }
    throw new ApiError(problem);
  }
  const text = await res.text();
  return { data: (text ? JSON.parse(text) : null) as T, etag: res.headers.get('ETag') };
}

export async function get<T>(service: Service, path: string, query?: Options['query'], anonymous = false): Promise<T> {
  return (await call<T>(service, path, { query, anonymous })).data;
}

/** A list's total only (size=1): for counts per state. */
export async function total(service: Service, path: string, query: Options['query'] = {}): Promise<number> {
  return (await get<Page<unknown>>(service, path, { ...query, size: 1 })).total;
}
