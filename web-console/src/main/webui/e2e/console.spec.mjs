// Browser tests of the web console: Debian's Chromium driven by playwright-core (no browser
// download). Run by platform-tests' ConsoleBrowserTest, which starts the platform and the console,
// makes the data through the APIs and passes it here in the environment. Prints "ok - ..." or
// "not ok - ..." per check and exits 1 if any failed. Screenshots go to $SCREENSHOTS.
import { chromium } from 'playwright-core';

const env = process.env;
const base = env.CONSOLE_URL ?? 'http://127.0.0.1:8080';
const shots = env.SCREENSHOTS ?? 'target/screenshots';
const consoleHost = new URL(base).hostname;
const browser = await chromium.launch({
  executablePath: env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // Without the background-networking flags Chromium waits on services it cannot reach here.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failures = 0;
async function check(name, fn) {
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
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== consoleHost) outside.push(r.url());
  });
  page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
  return { context, page };
}
async function signIn(page, role, district) {
  const t0 = Date.now();
  await page.goto(`${base}/?devRole=${role}${district ? `&devDistrict=${district}` : ''}`);
  await page.waitForSelector('[data-testid=who]');
  await page.waitForFunction(() => document.querySelectorAll('path.dong').length === 426);
  return Date.now() - t0;
}
const count = (page, selector) => page.locator(selector).count();

const ROLES = [
  { role: 'city-admin', home: '#/map', screen: 'map', ready: '[data-testid=district-ranking]' },
  { role: 'district-officer', district: '11290', home: '#/governance', screen: 'governance', ready: '[data-testid=councils]' },
  { role: 'monitor', home: '#/rounds', screen: 'rounds', ready: '[data-testid=round-list]' },
  { role: 'consultant', home: '#/consulting', screen: 'consulting', ready: '[data-testid=pipeline]' },
  { role: 'trainer', home: '#/training', screen: 'training', ready: '[data-testid=cohorts]' },
  { role: 'editor', home: '#/cases', screen: 'cases', ready: '[data-testid=case-board]' },
];

for (const r of ROLES) {
  await check(`${r.role}: signs in and lands on the map of 426 dongs`, async () => {
    const { context, page } = await open();
    try {
      const ms = await signIn(page, r.role, r.district);
      expect(page.url().endsWith('#/map'), `landed on ${page.url()}`);
      const who = await page.textContent('[data-testid=who]');
      expect(who.includes(r.role), `header names the role: ${who}`);
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
        await page.screenshot({ path: `${shots}/map.png` });
        console.log(`ok - city-admin: map of 426 dongs, ${want} coloured, first render ${ms} ms`);
      }
      await page.click(`header a[href="${r.home}"]`);
      await page.waitForSelector(r.ready);
      await page.waitForLoadState('networkidle');
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
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        sessionStorage.setItem('chatdong.session', JSON.stringify({ token: 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjB9.expired', role: 'monitor', district: null }));
      }
    });
    await page.goto(`${base}/#/rounds`);
    await page.waitForSelector('[data-testid=signin-message]');
    expect(page.url().endsWith('#/signin'), page.url());
    await page.screenshot({ path: `${shots}/signin-expired.png` });
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
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide <= 390, `no sideways scrolling, page is ${wide} px wide`);
    await page.screenshot({ path: `${shots}/map-phone.png`, fullPage: true });
  } finally {
    await context.close();
  }
});

await check('nothing is loaded from outside (no tiles, CDNs, web fonts)', async () => {
  expect(outside.length === 0, outside.slice(0, 5).join(', '));
});

await browser.close();
console.log(failures ? `${failures} browser check(s) failed` : 'all browser checks passed');
process.exit(failures ? 1 : 0);
