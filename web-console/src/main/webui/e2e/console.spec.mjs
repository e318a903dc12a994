// Browser tests of the web console: Debian's Chromium driven by playwright-core (no browser
// download). Run by platform-tests' ConsoleBrowserTest, which starts the platform and the console,
// makes the data through the APIs and passes it here in the environment. Prints "ok - ..." or
// "not ok - ..." per check and exits 1 if any failed. Screenshots go to $SCREENSHOTS.
// Everyone signs in as a person does: the console's 로그인 button, then Keycloak's own login page
// (the realm of config.json's oidcIssuer), typing a development user's name and password
// (infra/keycloak/realm-chatdong-dev.json: one user per role, password chatdong).
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createHash } from 'node:crypto';

const env = process.env;
const base = env.CONSOLE_URL ?? 'http://127.0.0.1:8080';
const shots = env.SCREENSHOTS ?? 'target/screenshots';
const password = env.DEV_PASSWORD ?? 'chatdong';
const consoleHost = new URL(base).hostname;
const config = await (await fetch(`${base}/config.json`)).json();
// Keycloak's login page is the one other place the browser may go (its own scripts, styles and fonts).
const issuerOrigin = new URL(config.oidcIssuer).origin;
const browser = await chromium.launch({
  executablePath: env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // Without the background-networking flags Chromium waits on services it cannot reach here.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failures = 0;
// CHECKS=<regular expression> runs only the checks whose names match (e.g. CHECKS='sign|Keycloak').
const only = env.CHECKS ? new RegExp(env.CHECKS) : null;
async function check(name, fn) {
  if (only && !only.test(name)) return;
  const started = Date.now();
  try {
    const note = await fn();
    console.log(`ok - ${name}${note ? ` (${note})` : ''} [${Date.now() - started} ms]`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}: ${e?.stack ?? e}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const outside = [];
async function open(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  // Nothing may come from outside: no tiles, CDNs or web fonts.
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== consoleHost && url.origin !== issuerOrigin) outside.push(r.url());
  });
  page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
  return { context, page };
}
// The console's 로그인 button, then Keycloak's login page: user name, password, 로그인; back on the
// console with the map drawn. Returns the milliseconds from opening the console to the map.
async function signIn(page, user, { land = '#/map' } = {}) {
  const t0 = Date.now();
  await page.goto(`${base}/`);
  await page.click('[data-testid=sign-in]');
  await typePassword(page, user);
  await page.waitForSelector('[data-testid=who]');
  if (land === '#/map') await page.waitForFunction(() => document.querySelectorAll('path.dong').length === 426);
  return Date.now() - t0;
}
async function typePassword(page, user) {
  await page.waitForSelector('#username');
  expect(page.url().startsWith(config.oidcIssuer + '/'), `on Keycloak's login page: ${page.url()}`);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('#kc-login');
}
// The session oidc-client-ts keeps in sessionStorage (oidc.user:<issuer>:<client>), read and changed.
const storedUser = (page) => page.evaluate(() => {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
  return key ? JSON.parse(sessionStorage.getItem(key)) : null;
});
const changeStoredUser = (page, change) => page.evaluate(([source]) => {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
  const user = JSON.parse(sessionStorage.getItem(key));
  (0, eval)(source)(user);
  sessionStorage.setItem(key, JSON.stringify(user));
}, [change.toString()]);
const now = () => Math.floor(Date.now() / 1000);
/** A download's bytes as text (a file the console saved from a Blob). */
async function readDownload(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
const count = (page, selector) => page.locator(selector).count();

// Accessibility: axe-core (@axe-core/playwright) on every screen visited, with the rules of WCAG 2.0 and
// 2.1 levels A and AA (which KWCAG 2.2, the Korean public-sector standard, follows). What it finds is
// printed per screen; the check 'accessibility' at the end fails unless every screen had none.
// Keycloak's own login page is Keycloak's, not the console's: it is not checked here.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeScreens = new Map(); // screen → number of violations (0 when clean)
async function axe(page, screen) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const previous = axeScreens.get(screen) ?? 0;
  axeScreens.set(screen, previous + violations.reduce((n, v) => n + v.nodes.length, 0));
  for (const v of violations) {
    console.log(`# axe ${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} element(s): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
    for (const n of v.nodes.slice(0, 2)) console.log(`#   ${n.failureSummary?.replace(/\s+/g, ' ')}`);
  }
  return violations.length;
}

// The development users, one per role; name is what the header shows (family name first).
const ROLES = [
  { role: 'city-admin', name: '서울시 관리자', home: '#/map', screen: 'map', ready: '[data-testid=district-ranking]' },
  { role: 'district-officer', name: '성북구 담당자', district: '성북구', home: '#/governance', screen: 'governance', ready: '[data-testid=councils]' },
  { role: 'monitor', name: '김모니터', home: '#/rounds', screen: 'rounds', ready: '[data-testid=round-list]' },
  { role: 'consultant', name: '이컨설턴트', home: '#/consulting', screen: 'consulting', ready: '[data-testid=pipeline]' },
  { role: 'trainer', name: '박강사', home: '#/training', screen: 'training', ready: '[data-testid=cohorts]' },
  { role: 'editor', name: '최편집자', home: '#/cases', screen: 'cases', ready: '[data-testid=case-board]' },
  { role: 'trainee', name: '정수강생', home: '#/training', screen: 'training', ready: '[data-testid=cohorts]' },
];

await check('the console sends an unsigned person to Keycloak\'s Korean login page', async () => {
  // An English browser still gets Korean: the console asks for it (ui_locales=ko).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  try {
    await page.goto(`${base}/#/rounds`);
    await page.waitForSelector('[data-testid=sign-in]');
    expect(page.url().endsWith('#/signin'), `an unsigned person is on the sign-in screen: ${page.url()}`);
    expect((await page.textContent('[data-testid=sign-in]')).trim() === '로그인', 'one button, 로그인');
    await axe(page, 'sign-in');
    await page.click('[data-testid=sign-in]');
    await page.waitForSelector('#username');
    const auth = new URL(page.url());
    expect(auth.origin + auth.pathname === `${config.oidcIssuer}/protocol/openid-connect/auth`, `Keycloak's authorization endpoint: ${page.url()}`);
    expect(auth.searchParams.get('client_id') === config.oidcClientId, `client ${auth.searchParams.get('client_id')}`);
    expect(auth.searchParams.get('response_type') === 'code' && auth.searchParams.get('code_challenge_method') === 'S256' && auth.searchParams.get('code_challenge'),
      `Authorization Code with PKCE S256: ${auth.search}`);
    const lang = await page.getAttribute('html', 'lang');
    const button = (await page.locator('#kc-login').first().evaluate((b) => b.value || b.textContent)).trim();
    expect(lang === 'ko', `the login page is Korean (lang=${lang})`);
    expect(button === '로그인', `its button says 로그인: ${button}`);
    await page.screenshot({ path: `${shots}/keycloak-login.png` });
    // Back where the person wanted to go.
    await typePassword(page, 'monitor');
    await page.waitForSelector('[data-testid=who]');
    expect(page.url().endsWith('#/rounds') && !page.url().includes('code='), `back on the screen asked for, code gone: ${page.url()}`);
    return `lang=${lang}`;
  } finally {
    await context.close();
  }
});

for (const r of ROLES) {
  await check(`${r.role}: signs in on Keycloak's page and lands on the map of 426 dongs`, async () => {
    const { context, page } = await open();
    try {
      const ms = await signIn(page, r.role);
      expect(page.url().endsWith('#/map'), `landed on ${page.url()}`);
      const who = await page.textContent('[data-testid=who]');
      expect(who.includes(r.role), `header names the role: ${who}`);
      const name = await page.textContent('[data-testid=who-name]');
      expect(name === r.name, `header shows the person's name ${r.name}: ${name}`);
      if (r.district) {
        await page.waitForFunction((d) => document.querySelector('[data-testid=who]')?.textContent.includes(d), r.district);
      }
      if (r.role === 'city-admin') {
        // As the rounds screen links to it: the round may be older than the newest hundred the list holds.
        await page.goto(`${base}/#/map?round=${env.MAP_ROUND}`);
        await page.waitForFunction((id) => document.querySelector('[data-testid=round-select]')?.value === id, env.MAP_ROUND);
        const want = Number(env.MAP_ROUND_DONGS);
        await page.waitForFunction((n) => document.querySelectorAll('path.dong.dong-assessed').length === n, want);
        expect((await count(page, 'path.dong.dong-unassessed')) === 426 - want, 'the rest marked not assessed');
        expect((await count(page, '[data-testid=dong-table] tbody tr')) === want, 'the table has the round\'s dongs');
        const attribution = await page.textContent('.leaflet-control-attribution');
        expect(attribution.includes('Statistics Korea SGIS') && attribution.includes('CC BY 4.0'), `attribution shown: ${attribution}`);
        await page.locator('path.dong.dong-assessed').first().click({ force: true });
        await page.waitForSelector('[data-testid=trend] h3');
        const legend = await page.textContent('[data-testid=legend]');
        expect(legend.includes(`미평가 ${426 - want}개 동`), `the legend counts the dongs per class: ${legend}`);
        expect((await count(page, '[data-testid=dong-table] thead th')) === 4, 'the table gives each dong its class in words');
        await axe(page, 'map (city-admin, with a dong\'s trend)');
        await page.screenshot({ path: `${shots}/map.png` });
        console.log(`ok - city-admin: map of 426 dongs, ${want} coloured, first render ${ms} ms`);
      }
      await page.click(`header a[href="${r.home}"]`);
      await page.waitForSelector(r.ready);
      await page.waitForLoadState('networkidle');
      await axe(page, `${r.screen} (${r.role})`);
      await page.screenshot({ path: `${shots}/${r.role}-${r.screen}.png`, fullPage: true });
      return `${ms} ms to the map`;
    } finally {
      await context.close();
    }
  });
}

await check('monitor completes a round and its consulting assignments appear', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'monitor');
    await page.goto(`${base}/#/rounds?id=${env.COMPLETE_ROUND}`);
    await page.waitForFunction(() => ['계획', '진행 중'].includes(document.querySelector('[data-testid=round-status]')?.textContent));
    await page.click('[data-testid=complete-round]');
    await page.waitForSelector('[data-testid=round-done]');
    expect((await page.textContent('[data-testid=round-status]')) === '완료', 'the round shows 완료');
    await axe(page, 'round detail, completed (monitor)');
    await page.screenshot({ path: `${shots}/monitor-round-completed.png`, fullPage: true });
    const want = Number(env.COMPLETE_ROUND_ASSIGNMENTS);
    const deadline = Date.now() + 60000;
    let rows = 0;
    while (Date.now() < deadline) {
      await page.goto(`${base}/#/consulting?round=${env.COMPLETE_ROUND}`);
      await page.reload();
      await page.waitForSelector('[data-testid=assignments]');
      await page.waitForLoadState('networkidle');
      rows = await count(page, '[data-testid=assignments] tbody tr');
      if (rows === Math.min(want, 15)) break;
      await page.waitForTimeout(500);
    }
    expect(rows === Math.min(want, 15), `${want} assignments expected, saw ${rows}`);
    await axe(page, 'consulting, one round (monitor)');
    await page.screenshot({ path: `${shots}/monitor-consulting-after-completion.png`, fullPage: true });
    console.log('ok - monitor completes a round');
    return `${want} assignments`;
  } finally {
    await context.close();
  }
});

await check('a 422 is explained in words with what to do', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'monitor');
    await page.goto(`${base}/#/rounds?id=${env.INCOMPLETE_ROUND}`);
    await page.waitForSelector('[data-testid=complete-round]');
    await page.click('[data-testid=complete-round]');
    const alert = page.locator('[data-testid=round-detail] .problem');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text.includes('사업 규칙') && text.includes('422') && text.includes('다시 하세요'), text);
    await axe(page, 'round detail with a problem (monitor)');
    await page.screenshot({ path: `${shots}/problem-422.png` });
  } finally {
    await context.close();
  }
});

await check('editor publishes a case and finds it in the public search', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'editor');
    await page.goto(`${base}/#/cases`);
    const item = page.locator('[data-testid=cases] li', { hasText: env.CASE_TITLE });
    await item.getByRole('button', { name: /게시/ }).click();
    await page.waitForSelector('[data-testid=case-done]');
    await page.fill('input[name=q]', env.CASE_KEYWORD);
    await page.press('input[name=q]', 'Enter');
    await page.locator('[data-testid=search-results] li', { hasText: env.CASE_TITLE }).waitFor();
    await axe(page, 'cases with search results (editor)');
    await page.screenshot({ path: `${shots}/editor-published-and-found.png`, fullPage: true });
    console.log('ok - editor publishes a case and finds it');
  } finally {
    await context.close();
  }
});

await check('trainer records attendance', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'trainer');
    await page.goto(`${base}/#/training?cohort=${env.COHORT_ID}`);
    const selects = page.locator('[data-testid=attendance] select');
    await selects.first().waitFor();
    const n = await selects.count();
    expect(n === 2, `two enrolled (the third waits), saw ${n}`);
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption('PRESENT');
    await page.click('[data-testid=save-attendance]');
    await page.waitForSelector('[data-testid=attendance-saved]');
    expect((await page.textContent('[data-testid=cohort-detail]')).includes('대기자 (1명)'), 'the waiting list shows one');
    await axe(page, 'training, a cohort\'s attendance (trainer)');
    await page.screenshot({ path: `${shots}/trainer-attendance.png`, fullPage: true });
  } finally {
    await context.close();
  }
});

await check('trainer sees the year\'s target and satisfaction', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'trainer');
    await page.goto(`${base}/#/training?year=2016`);
    await page.waitForSelector('[data-testid=targets] table');
    const targets = await page.textContent('[data-testid=targets]');
    expect(targets.includes('10,520') && targets.includes('공무원'), `2016: 10,520 civil servants: ${targets}`);
    expect((await count(page, '[data-testid=target-districts] tbody tr')) === 25, 'all 25 districts');
    await page.click('[data-testid=targets] summary');
    await axe(page, 'training targets, districts open (trainer)');
    await page.screenshot({ path: `${shots}/trainer-targets.png` });
    await page.selectOption('[data-testid=target-year]', '2015');
    await page.waitForFunction(() => document.querySelector('[data-testid=satisfaction]')?.textContent.includes('93.08'));
  } finally {
    await context.close();
  }
});

await check('a token the services refuse goes back to sign-in with a message', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'monitor', { land: null });
    // The role raised after signing: the signature no longer holds, and the services answer 401.
    await changeStoredUser(page, (u) => {
      const [h, p, sig] = u.access_token.split('.');
      const claims = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/')));
      claims.realm_access = { roles: ['city-admin'] };
      u.access_token = [h, btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), sig].join('.');
    });
    await page.goto(`${base}/#/rounds`);
    await page.reload();
    await page.waitForSelector('[data-testid=signin-message]');
    expect(page.url().endsWith('#/signin'), page.url());
    const message = await page.textContent('[data-testid=signin-message]');
    expect(message.includes('다시 로그인해 주세요'), message);
    await axe(page, 'sign-in with a message');
    expect((await storedUser(page)) === null, 'the refused tokens are forgotten');
    await page.screenshot({ path: `${shots}/signin-refused.png` });
  } finally {
    await context.close();
  }
});

await check('the access token is renewed before it expires', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'trainer', { land: null });
    const before = await storedUser(page);
    // As if it had been issued four minutes ago: the renewal is due a minute before expiry.
    await changeStoredUser(page, (u) => { u.expires_at = Math.floor(Date.now() / 1000) + 63; });
    await page.reload();
    await page.waitForSelector('[data-testid=who]');
    await page.waitForFunction((token) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return JSON.parse(sessionStorage.getItem(key)).access_token !== token;
    }, before.access_token, { timeout: 20000 });
    const after = await storedUser(page);
    expect(after.expires_at - now() > 200, `a fresh token: ${after.expires_at - now()} s left`);
    // And the API calls carry it.
    const sent = page.waitForRequest((r) => r.url().startsWith(config.trainingUrl) && r.headers().authorization);
    await page.goto(`${base}/#/training`);
    await page.reload();
    const auth = (await sent).headers().authorization;
    expect(auth === `Bearer ${after.access_token}`, 'the API call sends the renewed token');
    await page.waitForSelector('[data-testid=cohorts]');
    expect(await page.isVisible('[data-testid=who]'), 'still signed in');
  } finally {
    await context.close();
  }
});

await check('an ended Keycloak session goes back to sign-in with a message in Korean', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'editor', { land: null });
    // The session ends at Keycloak (its refresh token revoked), and the access token runs out.
    const user = await storedUser(page);
    const revoked = await fetch(`${config.oidcIssuer}/protocol/openid-connect/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: config.oidcClientId, token: user.refresh_token, token_type_hint: 'refresh_token' }),
    });
    expect(revoked.ok, `revocation answered ${revoked.status}`);
    await changeStoredUser(page, (u) => { u.expires_at = Math.floor(Date.now() / 1000) + 62; });
    await page.goto(`${base}/#/cases`);
    await page.reload();
    await page.waitForSelector('[data-testid=signin-message]', { timeout: 20000 });
    const message = await page.textContent('[data-testid=signin-message]');
    expect(message === '로그인 세션이 만료되었습니다. 다시 로그인해 주세요.', message);
    expect(page.url().endsWith('#/signin'), page.url());
    await page.screenshot({ path: `${shots}/signin-expired.png` });
    // Signing in again (Keycloak may still know the person: then no password is asked) comes back to 우수사례.
    await page.click('[data-testid=sign-in]');
    await page.waitForSelector('#username, [data-testid=who]');
    if (await page.isVisible('#username')) await typePassword(page, 'editor');
    await page.waitForSelector('[data-testid=who]');
    expect(page.url().endsWith('#/cases'), `back on the screen the session ended on: ${page.url()}`);
  } finally {
    await context.close();
  }
});

await check('sign-out ends the Keycloak session and returns to the sign-in screen', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'district-officer', { land: null });
    const idToken = (await storedUser(page)).id_token;
    const logout = page.waitForRequest((r) => r.url().startsWith(`${config.oidcIssuer}/protocol/openid-connect/logout`));
    await page.click('[data-testid=sign-out]');
    const ended = new URL((await logout).url());
    expect(ended.searchParams.get('id_token_hint') === idToken, 'the end-session request names the session (id_token_hint)');
    expect(ended.searchParams.get('post_logout_redirect_uri') === `${base}/`, `back to the console: ${ended.searchParams.get('post_logout_redirect_uri')}`);
    await page.waitForSelector('[data-testid=sign-in]');
    expect(page.url().startsWith(`${base}/`) && page.url().endsWith('#/signin'), `on the console's sign-in screen: ${page.url()}`);
    expect((await page.textContent('[data-testid=signin-message]')) === '로그아웃했습니다.', 'says so');
    expect((await storedUser(page)) === null, 'no tokens left in the browser');
    await page.screenshot({ path: `${shots}/signed-out.png` });
    // Keycloak's session is gone too: signing in again asks for the password.
    await page.click('[data-testid=sign-in]');
    await page.waitForSelector('#username');
  } finally {
    await context.close();
  }
});

await check('keyboard: the first Tab reaches the skip link, and the navigation follows', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'city-admin');
    await page.keyboard.press('Tab');
    expect((await page.evaluate(() => document.activeElement?.textContent)) === '본문 바로가기', 'skip link first');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused === '#/map', `then the navigation, saw ${focused}`);
  } finally {
    await context.close();
  }
});

await check('phone width: the map and the numbers stack in one column', async () => {
  const { context, page } = await open({ width: 390, height: 844 });
  try {
    await signIn(page, 'city-admin');
    await page.waitForLoadState('networkidle');
    await axe(page, 'map at phone width');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide <= 390, `no sideways scrolling, page is ${wide} px wide`);
    await page.screenshot({ path: `${shots}/map-phone.png`, fullPage: true });
  } finally {
    await context.close();
  }
});

await check('city-admin reads, downloads and publishes the yearly report', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'city-admin');
    await page.click('header a[href="#/report"]');
    await page.waitForSelector('[data-testid=report] h3');
    await page.selectOption('[data-testid=report-year]', '2016');
    await page.waitForFunction(() => document.querySelector('[data-testid=report] h3')?.textContent.includes('2016'));
    // The eight sections, as tables and sentences.
    for (const h of ['1. 사업 확대', '2. 모니터링', '3. 컨설팅', '4. 성과지표', '5. 주민·공무원 조사', '6. 교육', '7. 우수사례', '8. 민관협력 거버넌스']) {
      expect(await page.locator('[data-testid=report] h4', { hasText: h }).count() === 1, `section ${h}`);
    }
    expect((await count(page, '[data-testid=report-rollout] tbody tr')) > 0, 'the roll-out phases');
    expect((await page.textContent('[data-testid=report-cases]')).includes('목표 153건'), 'cases against the 2016 goal of 153');
    // The PDF, fetched with the token and saved under the service's Korean name.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90000 }), page.click('[data-testid=report-pdf]')]);
    const name = download.suggestedFilename();
    expect(/^2016년 평가보고서 (\(초안\)|제\d+판)\.pdf$/.test(name), `the PDF's Korean name: ${name}`);
    const head = (await readDownload(download)).slice(0, 5);
    expect(head === '%PDF-', `a PDF: ${head}`);
    await page.waitForSelector('[data-testid=report-saved]');
    // Publishing asks first, then shows the version it made.
    await page.click('[data-testid=report-publish]');
    await page.waitForSelector('[data-testid=publish-confirm]');
    await axe(page, 'yearly report, publish confirmation (city-admin)');
    await page.click('[data-testid=publish-yes]');
    const published = await (await page.waitForSelector('[data-testid=report-published]')).textContent();
    const version = /제(\d+)판/.exec(published)?.[1];
    expect(version, `the published version: ${published}`);
    expect((await page.textContent('[data-testid=report-version]')).includes(`제${version}판`), 'the report shown is that version');
    await axe(page, 'yearly report, published (city-admin)');
    // the viewport only: the whole report is a long page, and a full-page capture timed out on a loaded machine
    await page.screenshot({ path: `${shots}/city-admin-report.png`, timeout: 60000 });
    return `${name}, published version ${version}`;
  } finally {
    await context.close();
  }
});

await check('editor takes a manual version from drafting to distributed', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'editor', { land: null });
    await page.click('header a[href="#/manuals"]');
    await page.waitForSelector('[data-testid=volumes] li');
    await page.goto(`${base}/#/manuals?volume=${encodeURIComponent(env.MANUAL_ID)}&version=1`);
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-status]')?.textContent === '작성 중');
    // The document: uploaded as the file's bytes, its name in Korean.
    const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
    const first = pdf('first');
    await page.setInputFiles('[data-testid=manual-file]', { name: '찾동 운영 매뉴얼.pdf', mimeType: 'application/pdf', buffer: first });
    await page.click('[data-testid=manual-upload]');
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-document]')?.textContent.includes('찾동 운영 매뉴얼.pdf'));
    // Someone else replaces it meanwhile (with If-Match of the first): this page still shows the first.
    const token = (await storedUser(page)).access_token;
    const sha = createHash('sha256').update(first).digest('hex');
    const other = await fetch(`${config.casesUrl}/api/v1/manuals/${encodeURIComponent(env.MANUAL_ID)}/versions/1/document?filename=${encodeURIComponent('다른 사람이 바꾼 매뉴얼.pdf')}`, {
      method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream', 'If-Match': `"${sha}"` }, body: pdf('second'),
    });
    expect(other.status === 200, `the other replacement: ${other.status}`);
    await page.setInputFiles('[data-testid=manual-file]', { name: '내 수정본.pdf', mimeType: 'application/pdf', buffer: pdf('mine') });
    await page.click('[data-testid=manual-upload]');
    const problem = await (await page.waitForSelector('[data-testid=manual-version] .problem')).textContent();
    expect(problem.includes('412') && problem.includes('다른 사람이 먼저 고쳤습니다'), problem);
    const hint = await page.textContent('[data-testid=manual-hint]');
    expect(hint.includes('If-Match') && hint.includes('저장되지 않았습니다'), hint);
    await axe(page, 'manual version, a stale replacement (editor)');
    await page.screenshot({ path: `${shots}/editor-manual-412.png`, fullPage: true, timeout: 60000 });
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-document]')?.textContent.includes('다른 사람이 바꾼 매뉴얼.pdf'));
    // DRAFTING → IN_REVIEW → APPROVED (by the council's decision) → DISTRIBUTED.
    await page.click('[data-testid=manual-submit]');
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-status]')?.textContent === '검토 중');
    const meeting = page.locator('[data-testid=approve-meeting] option', { hasText: env.MEETING_TITLE });
    await page.selectOption('[data-testid=approve-meeting]', await meeting.getAttribute('value'));
    await page.getByLabel(env.DECISION_TEXT, { exact: false }).check();
    await axe(page, 'manual version, approving (editor)');
    await page.click('[data-testid=manual-approve]');
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-status]')?.textContent === '승인됨');
    await page.fill('[data-testid=distribute-copies]', '700');
    await page.click('[data-testid=manual-distribute]');
    await page.waitForFunction(() => document.querySelector('[data-testid=manual-status]')?.textContent === '배포됨');
    expect((await page.textContent('[data-testid=manual-version]')).includes('700부'), 'the copies shown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=manual-download]')]);
    expect(download.suggestedFilename() === '다른 사람이 바꾼 매뉴얼.pdf', `the document's Korean name: ${download.suggestedFilename()}`);
    await axe(page, 'manual version, distributed (editor)');
    await page.screenshot({ path: `${shots}/editor-manual-distributed.png`, fullPage: true, timeout: 60000 });
  } finally {
    await context.close();
  }
});

await check('editor reads the 2016 case quota grid', async () => {
  const { context, page } = await open();
  try {
    await signIn(page, 'editor', { land: null });
    await page.click('header a[href="#/quota"]');
    await page.waitForSelector('[data-testid=quota-year]');
    await page.selectOption('[data-testid=quota-year]', '2016');
    await page.waitForFunction(() => document.querySelector('[data-testid=quota-summary]')?.textContent.includes('2016년'));
    const rows = await count(page, '[data-testid=quota-grid] tbody tr');
    expect(rows === Number(env.QUOTA_DISTRICTS), `${env.QUOTA_DISTRICTS} districts, saw ${rows}`);
    const months = await page.locator('[data-testid=quota-grid] thead th').allTextContents();
    expect(months.slice(1, 10).join(',') === '4월,5월,6월,7월,8월,9월,10월,11월,12월', `April to December: ${months}`);
    const totalCell = (await page.textContent('[data-testid=quota-total]')).trim();
    expect(totalCell === env.QUOTA_TOTAL, `the year's total ${env.QUOTA_TOTAL}: ${totalCell}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=quota-csv]')]);
    expect(download.suggestedFilename() === '2016년 발굴단 사례 할당.csv', download.suggestedFilename());
    const csv = await readDownload(download);
    expect(csv.includes('합계') && csv.split('\n').filter((l) => l.trim()).length === rows + 2, `the CSV: a header, a row per district, 합계: ${csv.slice(0, 300)}`);
    await axe(page, 'case quota grid (editor)');
    await page.screenshot({ path: `${shots}/editor-quota.png`, fullPage: true, timeout: 60000 });
    return `${rows} districts, ${totalCell}`;
  } finally {
    await context.close();
  }
});

await check(`accessibility: axe (${AXE_TAGS.join(', ')}) finds no violations on any screen`, async () => {
  expect(axeScreens.size >= 10, `screens checked: ${[...axeScreens.keys()].join(', ')}`);
  const failing = [...axeScreens].filter(([, n]) => n > 0);
  expect(failing.length === 0, failing.map(([screen, n]) => `${screen}: ${n}`).join('; '));
  return `${axeScreens.size} screens`;
});

await check('nothing is loaded from outside (no tiles, CDNs, web fonts)', async () => {
  expect(outside.length === 0, outside.slice(0, 5).join(', '));
});

await browser.close();
console.log(failures ? `${failures} browser check(s) failed` : 'all browser checks passed');
process.exit(failures ? 1 : 0);
