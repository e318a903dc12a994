// Who is signed in: the bearer token and what it says (role, district). Kept in sessionStorage so a
// reload keeps the session but a closed tab forgets it.

export type Role = 'city-admin' | 'district-officer' | 'monitor' | 'consultant' | 'trainer' | 'editor';

export const ROLES: { role: Role; label: string; home: string }[] = [
  { role: 'city-admin', label: '서울시 총괄 (city-admin)', home: '#/map' },
  { role: 'district-officer', label: '자치구 담당 (district-officer)', home: '#/governance' },
  { role: 'monitor', label: '모니터링 담당 (monitor)', home: '#/rounds' },
  { role: 'consultant', label: '컨설턴트 (consultant)', home: '#/consulting' },
  { role: 'trainer', label: '교육 담당 (trainer)', home: '#/training' },
  { role: 'editor', label: '우수사례 편집 (editor)', home: '#/cases' },
];

type Stored = { token: string; role: Role; district: string | null };

const KEY = 'chatdong.session';

function read(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

export const session = $state<{ current: Stored | null; message: string | null }>({ current: read(), message: null });

export function signIn(token: string, role: Role, district: string | null) {
  session.current = { token, role, district };
  session.message = null;
  sessionStorage.setItem(KEY, JSON.stringify(session.current));
}

/** Back to the sign-in screen, with why (an expired or refused token, or a sign-out). */
export function signOut(message: string | null = null) {
  session.current = null;
  session.message = message;
  sessionStorage.removeItem(KEY);
  if (location.hash !== '#/signin') location.hash = '#/signin';
}

export function roleLabel(role: Role | undefined): string {
  return ROLES.find((r) => r.role === role)?.label ?? '';
}
