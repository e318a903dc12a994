// Who is signed in. People sign in on the identity provider's own page (Keycloak, realm chatdong):
// Authorization Code + PKCE (S256) with oidc-client-ts, the console being the public client
// chatdong-console (issuer and client id from /config.json). The tokens stay in sessionStorage, so a
// reload keeps the session and a closed tab forgets it (Keycloak's own session, its cookie, stays
// until it ends or the person signs out). The access token (5 minutes) is renewed with the refresh
// token a minute before it expires (automaticSilentRenew; no iframe); each API call takes the current
// one. When the renewal is refused (the Keycloak session expired, was ended by an administrator or
// the account disabled) or a service answers 401, the person is back on the sign-in screen with a
// message in Korean. Signing out ends the Keycloak session (end_session_endpoint with id_token_hint).
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

export type Role = 'city-admin' | 'district-officer' | 'monitor' | 'consultant' | 'trainer' | 'editor' | 'trainee';

/** The platform's roles (realm roles of chatdong), in the order that decides which one the header shows. */
export const ROLES: { role: Role; label: string; home: string }[] = [
  { role: 'city-admin', label: '서울시 총괄 (city-admin)', home: '#/map' },
  { role: 'district-officer', label: '자치구 담당 (district-officer)', home: '#/governance' },
  { role: 'monitor', label: '모니터링 담당 (monitor)', home: '#/rounds' },
  { role: 'consultant', label: '컨설턴트 (consultant)', home: '#/consulting' },
  { role: 'trainer', label: '교육 담당 (trainer)', home: '#/training' },
  { role: 'editor', label: '우수사례 편집 (editor)', home: '#/cases' },
  { role: 'trainee', label: '수강생 (trainee)', home: '#/training' },
];

/** The signed-in person as the console shows them; the token itself is read through accessToken(). */
export type Person = {
  /** Name in Korean order (family name first), from the ID token. */
  name: string;
  /** The account name (preferred_username): what an administrator sees and links records to. */
  username: string;
  /** The first platform role of the access token's realm_access.roles (ROLES order); null for none. */
  role: Role | null;
  roles: string[];
  /** The access token's district claim (a district officer's 5-digit code). */
  district: string | null;
};

export const EXPIRED = '로그인 세션이 만료되었습니다. 다시 로그인해 주세요.';
export const REFUSED = '로그인 세션이 만료되었거나 서비스가 로그인 정보를 받아들이지 않았습니다. 다시 로그인해 주세요.';
const SIGNED_OUT = '로그아웃했습니다.';

export const session = $state<{ current: Person | null; message: string | null; returnTo: string | null }>({
  current: null,
  message: null,
  returnTo: null,
});

// Set across the sign-out redirect, so the sign-in screen can say the person signed out.
const SIGNED_OUT_KEY = 'chatdong.signedOut';

let manager: UserManager | null = null;
let user: User | null = null;
let renewing: Promise<User | null> | null = null;

/** The console's own address, without query or fragment: where Keycloak sends the person back. */
function consoleUrl(): string {
  return location.origin + location.pathname;
}

/**
 * Sets up sign-in and finds out who is signed in: finishes a sign-in when Keycloak has just sent
 * the browser back (?code=&state=), else reads the stored session and renews it when its access
 * token has expired. Returns the screen (hash) to land on after a sign-in, else null.
 */
export async function startSession(issuer: string, clientId: string): Promise<string | null> {
  manager = new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: consoleUrl(),
    post_logout_redirect_uri: consoleUrl(),
    response_type: 'code',
    scope: 'openid profile email',
    // The console is Korean: so is Keycloak's login page (the realm also offers English).
    ui_locales: 'ko',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    monitorSession: false,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  manager.events.addUserLoaded((u) => show(u));
  // Renewal refused (invalid_grant: session expired or ended, account disabled) or impossible.
  manager.events.addSilentRenewError(() => void ended(EXPIRED));
  // Renewal did not happen in time (e.g. the computer slept): try once more, else sign-in.
  manager.events.addAccessTokenExpired(() => void renew());

  const query = new URLSearchParams(location.search);
  if (query.has('state') && (query.has('code') || query.has('error'))) {
    let land = '#/map';
    try {
      const signedIn = await manager.signinRedirectCallback();
      show(signedIn);
      land = (signedIn.state as { hash?: string } | undefined)?.hash ?? land;
    } catch (e) {
      session.message = `로그인하지 못했습니다 (${e instanceof Error ? e.message : String(e)}). 다시 로그인해 주세요.`;
      land = '#/signin';
    }
    // The code and state leave the address bar (and the history).
    history.replaceState(null, '', location.pathname + land);
    return land;
  }
  const stored = await manager.getUser();
  if (stored && !stored.expired) {
    show(stored);
  } else if (stored) {
    await renew();
  } else if (sessionStorage.getItem(SIGNED_OUT_KEY)) {
    sessionStorage.removeItem(SIGNED_OUT_KEY);
    session.message = SIGNED_OUT;
  }
  return null;
}

function show(u: User) {
  user = u;
  sessionStorage.removeItem(SIGNED_OUT_KEY);
  const claims = payload(u.access_token);
  const realm = claims.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realm?.roles) ? realm.roles.filter((r): r is string => typeof r === 'string') : [];
  const district = typeof claims.district === 'string' ? claims.district : typeof u.profile.district === 'string' ? u.profile.district : null;
  session.current = {
    name: personName(u.profile),
    username: u.profile.preferred_username ?? u.profile.sub,
    role: ROLES.find((r) => roles.includes(r.role))?.role ?? null,
    roles,
    district,
  };
  session.message = null;
}

/** The claims of a JWT (not verified: the services verify it; the console only shows them). */
function payload(jwt: string): Record<string, unknown> {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part + '='.repeat((4 - (part.length % 4)) % 4)), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/** 성 + 이름: "김민수" for a one-syllable Korean family name, else "성북구 담당자"; "Given Family" otherwise. */
export function personName(p: { given_name?: string; family_name?: string; name?: string; preferred_username?: string; sub: string }): string {
  const family = p.family_name?.trim() ?? '';
  const given = p.given_name?.trim() ?? '';
  if (family && given) {
    if (HANGUL.test(family) && HANGUL.test(given)) return family.length === 1 ? family + given : `${family} ${given}`;
    return `${given} ${family}`;
  }
  return family || given || p.name || p.preferred_username || p.sub;
}

/** Renews the tokens with the refresh token (once at a time); on refusal back to sign-in. */
function renew(): Promise<User | null> {
  if (!manager) return Promise.resolve(null);
  renewing ??= manager
    .signinSilent()
    .then(
      (u) => u,
      async () => {
        await ended(EXPIRED);
        return null;
      },
    )
    .finally(() => (renewing = null));
  return renewing;
}

/** The current access token for an API call, renewed first when it has (nearly) expired; null when nobody is signed in. */
export async function accessToken(): Promise<string | null> {
  if (!user) return null;
  if ((user.expires_in ?? 0) < 10) return (await renew())?.access_token ?? null;
  return user.access_token;
}

/** The session is over (expired, refused, revoked): forget the tokens, back to sign-in with why. */
export async function ended(message: string) {
  // Back on this screen after signing in again.
  if (location.hash && location.hash !== '#/signin') session.returnTo = location.hash;
  user = null;
  session.current = null;
  session.message = message;
  await manager?.removeUser();
  if (location.hash !== '#/signin') location.hash = '#/signin';
}

/** Off to Keycloak's login page; back on the screen the person wanted (or the map). */
export async function signIn() {
  if (!manager) throw new Error('sign-in is not set up (config.json not read)');
  await manager.signinRedirect({ state: { hash: session.returnTo ?? '#/map' } });
}

/** Ends the Keycloak session too (id_token_hint), then Keycloak sends the browser back here. */
export async function signOut() {
  sessionStorage.setItem(SIGNED_OUT_KEY, '1');
  try {
    if (!manager) throw new Error('sign-in is not set up');
    await manager.signoutRedirect();
  } catch {
    sessionStorage.removeItem(SIGNED_OUT_KEY);
    await ended('인증 서버에 연결하지 못해 이 브라우저에서만 로그아웃했습니다. 인증 서버의 로그인은 남아 있을 수 있습니다.');
  }
}

export function roleLabel(role: Role | null | undefined): string {
  return ROLES.find((r) => r.role === role)?.label ?? '역할 없음';
}
