// End-to-end tests of the release build: serves dist/ under a sub-path on 127.0.0.1 (as a
// GitHub Pages project site would) and drives Debian's Chromium with playwright-core.
//
//   node tests/e2e/run.mjs            (after `trunk build --release`)
//
// Screenshots of every view, desktop and phone width, go to target/screenshots/.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const DIST = path.resolve('dist');
// A release build with one extra, hostile article (tests/e2e/hostile/), made by scripts/test.sh
// with PARALLAX_EXTRA_SEEDS; seeds/ is untouched.
const HOSTILE_DIST = path.resolve('target/dist-hostile');
const HOSTILE = 'zz_hostile';
const SINGLE = path.resolve('dist-single/parallax.html');
// A release build with 300 bundled articles (295 written by tests/e2e/many.mjs), made by
// scripts/test.sh: the overview for many articles.
const MANY_DIST = path.resolve('target/dist-many');
const BASE = '/parallax/';
const SHOTS = path.resolve('target/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const A = '000_be9d27741bf0bd67';
const B = '001_c4e2f3fc947ec588';
const TRUST = 'There is a low level of trust between our two countries';

function serve(root = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(BASE)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Every page records Content-Security-Policy violations; every test checks there were none.
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page) => page.evaluate(() => window.__csp || []).catch(() => []);

const tests = [];
// `expectErrors`: the test provokes console errors on purpose (a panic) and checks them itself.
const test = (name, fn, { expectErrors = false } = {}) => tests.push({ name, fn, expectErrors });
const check = (cond, message) => {
  if (!cond) throw new Error(message);
};

async function rowsWithBoth(page, text) {
  return page.$$eval(
    '.prow:not(.prow-head)',
    (rows, t) => rows.filter((r) => r.querySelector('.cell-a')?.textContent.includes(t) && r.querySelector('.cell-b')?.textContent.includes(t)).map((r) => r.id),
    text,
  );
}

// The URL counts rows from 1 (as the gutter shows); element ids count from 0.
const currentRow = (page) => page.evaluate(() => Number(new URLSearchParams(location.hash.split('?')[1] || '').get('row')) - 1);

test('the page carries a strict Content-Security-Policy', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.waitForSelector('.card');
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  for (const part of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'", "'sha256-"]) {
    check(csp.includes(part), `the policy lacks ${part}: ${csp}`);
  }
  check(!/script-src[^;]*'unsafe-(inline|eval)'/.test(csp), `scripts may run inline or eval: ${csp}`);
  check(!/https?:/.test(csp), `the policy names a remote origin: ${csp}`);
  // A script the page did not ship is refused (in a page of its own: the refusal is logged as
  // a console error, which every test here otherwise treats as a failure).
  const probe = await page.context().newPage();
  await probe.goto(origin + BASE);
  await probe.waitForSelector('.card');
  const ran = await probe.evaluate(async () => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', () => window.__csp.push('refused'));
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return { injected: window.__injected, refused: window.__csp.length > 0 };
  });
  await probe.close();
  check(!ran.injected && ran.refused, `an injected inline script ran: ${JSON.stringify(ran)}`);
});

test('overview shows five cards, every seed title and a 5×5 matrix', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.waitForSelector('.card');
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'));
  const titles = await page.$$eval('.card-title', (els) => els.map((e) => e.textContent));
  check(titles.length === seeds.length && seeds.length === 5, `expected 5 cards, got ${titles.length}`);
  for (const t of titles) check(t.trim().length > 0, 'a card has an empty title');
  check(await page.isVisible("text=Trump declares US-Russia relations may be at 'all-time low'"), '002 title not visible');
  check(await page.isVisible('text=Tillerson says US-Russia ties at ‘low point,’'), '001 title not visible');
  const cells = await page.$$eval('table.matrix tbody tr', (rows) => rows.map((r) => r.querySelectorAll('td').length));
  check(cells.length === 5 && cells.every((n) => n === 5), `matrix is ${JSON.stringify(cells)}`);
  check((await page.$$('.cluster')).length > 0, 'no shared statements');
});

test('a shared statement opens its article at that sentence', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  const link = page.locator('.cluster .wording-text', { hasText: 'reign of the Assad family' }).last();
  const wording = (await link.textContent()).trim();
  await link.click();
  await page.waitForSelector('.sent.target');
  check(/#\/article\/[^?]+\?s=\d+/.test(page.url()), `url is ${page.url()}`);
  const target = (await page.textContent('.sent.target')).trim();
  check(target.startsWith(wording.slice(0, 40)), `target sentence is ${target}`);
  await page.waitForTimeout(700);
  const inView = await page.$eval('.sent.target', (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  check(inView, 'the sentence is not scrolled into view');
});

test('opening an article shows its text', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.click('.card-title a:has-text("Tillerson says US-Russia ties")');
  await page.waitForSelector('.reader-body');
  const body = await page.textContent('.reader-body');
  check(body.includes('Secretary of State Rex Tillerson held a hastily arranged meeting'), 'article text missing');
  check(page.url().includes(`#/article/${B}`), `url is ${page.url()}`);
});

test('a matrix cell opens that pair', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.click('table.matrix tbody tr:nth-child(1) td:nth-child(3) a');
  await page.waitForSelector('.pair-grid');
  check(page.url().includes(`#/pair/${A}/${B}`), `url is ${page.url()}`);
});

test('pair 000/001 puts both wordings of the trust quote on one row', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}`);
  await page.waitForSelector('.prow.op-equal, .prow.op-changed');
  const rows = await rowsWithBoth(page, TRUST);
  check(rows.length === 1, `rows holding both wordings: ${JSON.stringify(rows)}`);
});

test("a moved row's link scrolls to its partner", async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/pair/003_378aaa2b4c064df4/004_9583a025f5870b2c`);
  await page.waitForSelector('.moved-badge');
  const badge = page.locator('.moved-badge').first();
  const own = await badge.evaluate((el) => el.closest('.prow').id);
  const target = (await badge.textContent()).match(/row (\d+)/)[1] - 1;
  await badge.click();
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('current'), `row-${target}`);
  check(`row-${target}` !== own, 'the link points at its own row');
  await page.waitForTimeout(700);
  const inView = await page.$eval(`#row-${target}`, (el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  check(inView, 'the partner row is not in view');
  const partnerBadge = await page.$eval(`#row-${target}`, (el) => el.className);
  check(partnerBadge.includes('op-moved'), `partner row is ${partnerBadge}`);
});

test('the keyboard moves between changes and shows help', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}`);
  await page.waitForSelector('.pair-grid .prow.op-changed');
  await page.keyboard.press('j');
  await page.waitForFunction(() => location.hash.includes('row='));
  const first = await currentRow(page);
  const cls = await page.$eval(`#row-${first}`, (el) => el.className);
  check(!cls.includes('op-equal') && cls.includes('current'), `first change row is ${cls}`);
  await page.keyboard.press('n');
  await page.waitForFunction((f) => Number(new URLSearchParams(location.hash.split('?')[1]).get('row')) - 1 > f, first);
  await page.keyboard.press('k');
  await page.waitForFunction((f) => Number(new URLSearchParams(location.hash.split('?')[1]).get('row')) - 1 === f, first);
  // Rapid presses each move one change on (the location updates at once, not on hashchange).
  const changes = await page.$$eval('.pair-grid .prow:not(.prow-head):not(.op-equal)', (rows) => rows.map((r) => Number(r.id.slice(4))));
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}`);
  await page.waitForSelector('.pair-grid .prow.op-changed');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.waitForFunction((want) => Number(new URLSearchParams(location.hash.split('?')[1]).get('row')) - 1 === want, changes[2]);
  await page.keyboard.press('?');
  await page.waitForSelector('[role=dialog]');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Close');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role=dialog]', { state: 'detached' });
});

test('a permalink reloads into the same view', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}?row=5&t=0.6`);
  await page.waitForSelector('#row-4.current');
  await page.reload();
  await page.waitForSelector('#row-4.current');
  check((await page.inputValue('.strictness input')) === '0.6', 'strictness not restored');
  await page.goto(`${origin}${BASE}#/article/${B}`);
  await page.waitForSelector('.reader-body');
  await page.goBack();
  await page.waitForSelector('#row-4.current');
});

test('the strictness control re-aligns live', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}`);
  await page.waitForSelector('.figures');
  const before = await page.textContent('.figures');
  await page.$eval('.strictness input', (el) => {
    el.value = '0.9';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => location.hash.includes('t=0.9'));
  await page.waitForFunction((b) => document.querySelector('.figures').textContent !== b, before);
});

test('clicking a highlighted sentence in the article view opens the pair at that row', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/article/${A}`);
  const sentence = page.locator('.sent.shared', { hasText: TRUST }).first();
  await sentence.click();
  await page.waitForSelector('.popover .counterpart-open');
  await page.locator('.popover .counterpart-open').first().click();
  await page.waitForSelector('.prow.current');
  const text = await page.textContent('.prow.current .cell-a');
  check(text.includes(TRUST), `current row shows: ${text}`);
});

test('the discrepancies view shows the death toll side by side and opens the pair at that row', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.click('.difference-link:has-text("Where they disagree")');
  await page.waitForSelector('.discrepancy');
  check(page.url().includes('#/discrepancies'), `url is ${page.url()}`);
  const toll = page.locator('.discrepancy', { hasText: 'over 80' });
  const chips = await toll.locator('.figure-chip .figure-value').allTextContents();
  check(JSON.stringify(chips) === JSON.stringify(['87', 'over 80', '89']), `figures: ${JSON.stringify(chips)}`);
  const counted = await toll.locator('.figure-counted').allTextContents();
  check(counted.every((c) => c === 'people'), `counted: ${JSON.stringify(counted)}`);
  const marked = await toll.locator('.discrepancy-sentence mark.figure').allTextContents();
  check(marked.map((m) => m.replace('figure: ', '')).join('|') === '87|over 80|89', `marked: ${marked}`);
  // 002's side, beside 004: the pair view opens at the row holding that sentence.
  await toll.locator('.discrepancy-side').first().locator('.pair-link', { hasText: 'beside 004' }).click();
  await page.waitForSelector('.prow.current');
  check(page.url().includes('#/pair/002_7afbe845a52e5287/004_9583a025f5870b2c?row='), `url is ${page.url()}`);
  const row = await page.textContent('.prow.current .cell-a');
  check(row.includes('killed 87 people'), `current row shows: ${row}`);
});

test('the quotes view groups the trust quote across four outlets with its speaker', async ({ page, origin }) => {
  await page.goto(`${origin}${BASE}#/quotes`);
  await page.waitForSelector('.quote-group');
  const group = page.locator('.quote-group', { hasText: 'low level of trust between our countries' }).first();
  check((await group.locator('.cluster-head').textContent()).includes('in 4 of 5 articles'), 'not in 4 of 5');
  const speakers = await group.locator('.quote-wording .speaker').allTextContents();
  check(speakers.length === 4 && speakers.every((s) => s === 'Tillerson'), `speakers: ${JSON.stringify(speakers)}`);
  check(await group.locator('.tag', { hasText: 'most common wording' }).count() === 1, 'no most common wording');
  // 003 drops "two" and the second sentence; 004 adds "Relations are at a low point".
  check((await group.locator('.quote-dropped').first().textContent()).includes('two'), 'dropped words not shown');
  check(await group.locator('ins', { hasText: 'Relations are at a low point' }).count() === 1, 'added words not shown');
  await group.locator('.quote-text').nth(2).click();
  await page.waitForSelector('.sent.target');
  check(page.url().includes('#/article/003_378aaa2b4c064df4?s='), `url is ${page.url()}`);
});

test('the only-here view lists each article and what no other carries', async ({ page, origin }) => {
  await page.goto(origin + BASE);
  await page.click('.difference-link:has-text("Only here")');
  await page.waitForSelector('.only-article');
  const articles = await page.$$eval('.only-article', (els) => els.length);
  check(articles === 5, `articles: ${articles}`);
  const all = await page.textContent('.only-here');
  check(!all.includes('There is a low level of trust'), 'a shared sentence is listed as only here');
  check(all.includes('working group'), 'an unshared sentence is missing');
});

test('a number only dropped in a matched row is not marked as a changed figure', async ({ page, origin }) => {
  // 000 has "our two countries" where 003 has "our countries": a stylistic edit. (The browser
  // test a_changed_figure_is_marked_more_strongly_than_an_edit covers 87 → 89.)
  await page.goto(`${origin}${BASE}#/pair/${A}/003_378aaa2b4c064df4`);
  await page.waitForSelector('.pair-grid .prow.op-changed');
  check((await page.$$('.pair-grid .figure')).length === 0, 'a dropped number is marked as a changed figure');
  check((await page.$$('.pair-grid del')).length > 0, 'no deletion shown at all');
});

test('the single-file build works from file:// with its own policy', async ({ page }) => {
  check(fs.existsSync(SINGLE), `${SINGLE} is missing (node scripts/single.mjs)`);
  await page.goto(`file://${SINGLE}`);
  await page.waitForSelector('.card');
  check((await page.$$('.card')).length === 5, 'the single file does not show five cards');
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  check(csp.includes("connect-src 'none'") && !csp.includes("'self'"), `single-file policy: ${csp}`);
  // Routing and the engine work offline too.
  await page.goto(`file://${SINGLE}#/discrepancies`);
  await page.waitForSelector('.discrepancy');
  await page.goto(`file://${SINGLE}#/pair/${A}/${B}`);
  await page.waitForSelector('.pair-grid .prow.op-changed');
});

// Markup in an article is text: it shows as written and nothing in it runs, in every view.
test('markup in an article shows as text and never runs', async ({ page, hostile }) => {
  const views = [
    `#/article/${HOSTILE}`,
    `#/pair/${A}/${HOSTILE}`,
    '#/quotes',
    '#/discrepancies',
    '#/only-here',
    '#/',
  ];
  for (const view of views) {
    await page.goto(`${hostile}${BASE}${view}`);
    await page.waitForSelector('main > *');
    await page.waitForTimeout(300);
    // Hover everything that could carry a handler.
    for (const el of await page.$$('main b, main .sent, main .quote-text')) await el.hover().catch(() => {});
    const found = await page.evaluate(() => ({
      xss: window.__xss ?? null,
      elements: [...document.querySelectorAll('main img, main script, main svg:not([aria-hidden]), main b, main iframe')].map((e) => e.outerHTML.slice(0, 80)),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h)),
    }));
    check(found.xss === null, `${view}: hostile code ran (${found.xss})`);
    check(found.elements.length === 0, `${view}: markup became elements: ${found.elements.join(' ')}`);
    check(found.links.length === 0, `${view}: javascript: links: ${found.links.join(' ')}`);
  }
  await page.goto(`${hostile}${BASE}#/article/${HOSTILE}`);
  await page.waitForSelector('.reader-body');
  const text = await page.textContent('main');
  for (const shown of ['<img src=x onerror=', "<script>window.__xss='quote'</script>", '<a href="javascript:', '&lt;i&gt; &amp;']) {
    check(text.includes(shown), `the article does not show ${shown} as text`);
  }
  check((await page.textContent('.reader-title')).includes('<script>'), 'the headline markup is not shown as text');
});

test('copy link puts the permalink in the clipboard and says so', async ({ page, origin }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}?row=5&t=0.6`);
  await page.waitForSelector('.prow.current');
  await page.click('.copy-button');
  await page.waitForSelector('.copy-status .copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === page.url(), `clipboard holds ${copied}, page is ${page.url()}`);
  check(copied.includes('#/pair/') && copied.includes('row=5') && copied.includes('t=0.6'), `not a permalink: ${copied}`);
  await page.waitForSelector('.copy-status .copied', { state: 'detached', timeout: 5000 });
});

test('copy link falls back to the link, selected, when the clipboard refuses', async ({ page, origin }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  });
  await page.goto(`${origin}${BASE}#/quotes`);
  await page.waitForSelector('.quote-group');
  await page.click('.copy-button');
  await page.waitForSelector('.copy-fallback input');
  const shown = await page.inputValue('.copy-fallback input');
  check(shown === page.url(), `fallback shows ${shown}`);
  const selected = await page.evaluate(() => {
    const el = document.activeElement;
    return el?.tagName === 'INPUT' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  });
  check(selected, 'the fallback link is not focused and selected');
  await page.click('.copy-close');
  await page.waitForSelector('.copy-fallback', { state: 'detached' });
});

// The report the CLI prints for the seeds (debug build; cargo builds it when missing).
function cliReport(extra = []) {
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds', f));
  return execFileSync('cargo', ['run', '-q', '--locked', '-p', 'parallax-cli', '--', 'compare', '--json', ...extra, ...seeds], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

// Clicks `selector` and returns the file it downloads: its suggested name and its text.
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
}

test('Download JSON report saves what parallax compare --json prints, at the strictness shown', async ({ page, origin }) => {
  for (const [hash, args] of [['#/', []], ['#/?t=0.6', ['--threshold', '0.6']]]) {
    await page.goto(`${origin}${BASE}${hash}`);
    await page.waitForSelector('.card');
    const button = page.locator('.exports button', { hasText: 'Download JSON report' });
    check(await button.isVisible(), 'no "Download JSON report" button on the overview');
    const { name, text } = await download(page, '.exports button:has-text("Download JSON report")');
    check(name === 'parallax-report.json', `file is called ${name}`);
    const report = JSON.parse(text);
    check(report.version === 2 && report.documents.length === 5 && report.pairs.length === 10 && report.pairs_complete, 'not the full report');
    const cli = cliReport(args);
    check(text === cli, `${hash}: the download differs from the CLI's report (${text.length} vs ${cli.length} bytes)`);
    await page.waitForSelector('.download-status .saved:has-text("parallax-report.json")');
  }
});

// The reports are saved to target/reports/ and opened from there, offline, for the screenshots.
const REPORTS = path.resolve('target/reports');

async function openOffline(browser, file, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => r.url() !== `file://${file}` && requests.push(r.url()));
  await watchCsp(page);
  await page.goto(`file://${file}`);
  return { context, page, requests };
}

test('the HTML reports of the pair and the overview open offline, hold no script and show the diffs', async ({ page, origin, browser }) => {
  fs.mkdirSync(REPORTS, { recursive: true });
  await page.goto(`${origin}${BASE}#/pair/${A}/${B}`);
  await page.waitForSelector('.pair-grid .prow.op-changed');
  const rows = await page.$$eval('.pair-grid .prow:not(.prow-head)', (r) => r.length);
  const pair = await download(page, '.pair-toolbar .download-button');
  check(pair.name === `parallax-000-001.html`, `pair report is called ${pair.name}`);
  await page.goto(`${origin}${BASE}#/`);
  await page.waitForSelector('.card');
  const overview = await download(page, '.exports button:has-text("Download HTML report")');
  check(overview.name === 'parallax-overview.html', `overview report is called ${overview.name}`);
  for (const [kind, report] of [['pair', pair], ['overview', overview]]) {
    check(!/<script/i.test(report.text), `the ${kind} report has a script`);
    check(!/<link|@import|url\(/i.test(report.text), `the ${kind} report loads something`);
    const file = path.join(REPORTS, `report-${kind}.html`);
    fs.writeFileSync(file, report.text);
    const opened = await openOffline(browser, file);
    const seen = await opened.page.evaluate(() => ({
      scripts: document.scripts.length,
      styled: getComputedStyle(document.body).maxWidth,
      title: document.title,
      rows: document.querySelectorAll('table.rows tbody tr').length,
      del: document.querySelectorAll('table.rows del').length,
      ins: document.querySelectorAll('table.rows ins').length,
      matrix: [...document.querySelectorAll('table.matrix tbody tr')].map((r) => r.querySelectorAll('td').length),
      clusters: document.querySelectorAll('ol.clusters > li').length,
    }));
    check(seen.scripts === 0, `${kind}: ${seen.scripts} scripts`);
    check(seen.styled !== 'none', `${kind}: the inline stylesheet did not apply`);
    check(opened.requests.length === 0, `${kind}: requests ${opened.requests.join(' ')}`);
    check((await cspViolations(opened.page)).length === 0, `${kind}: CSP violations`);
    if (kind === 'pair') {
      check(seen.rows === rows, `the report has ${seen.rows} rows, the view ${rows}`);
      check(seen.del > 0 && seen.ins > 0, 'the word diffs are missing');
      check(seen.title.includes('Tillerson'), `title ${seen.title}`);
    } else {
      check(seen.matrix.length === 5 && seen.matrix.every((n) => n === 5), `matrix ${JSON.stringify(seen.matrix)}`);
      check(seen.clusters === (await page.$$eval('.cluster', (c) => c.length)) || seen.clusters > 40, `${seen.clusters} shared statements`);
    }
    await opened.context.close();
  }
});

test('an HTML report of a hostile article shows its markup as text and runs nothing', async ({ page, hostile, browser }) => {
  await page.goto(`${hostile}${BASE}#/pair/${A}/${HOSTILE}`);
  await page.waitForSelector('.pair-grid .prow');
  const report = await download(page, '.pair-toolbar .download-button');
  const file = path.join(REPORTS, 'report-hostile.html');
  fs.mkdirSync(REPORTS, { recursive: true });
  fs.writeFileSync(file, report.text);
  const opened = await openOffline(browser, file);
  const found = await opened.page.evaluate(() => ({
    xss: window.__xss ?? null,
    elements: [...document.querySelectorAll('img, script, iframe, b, svg')].length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|#row-)/.test(h)),
    text: document.body.textContent,
  }));
  check(found.xss === null, `hostile code ran in the report (${found.xss})`);
  check(found.elements === 0, 'markup in the article became elements in the report');
  check(found.links.length === 0, `the report links to ${found.links.join(' ')}`);
  check(found.text.includes('<img src=x onerror='), 'the markup is not shown as text');
  await opened.context.close();
});

test('a panic shows a recovery panel that leads back', async ({ page, hostile }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${hostile}${BASE}#/test-panic`);
  await page.waitForSelector('.recovery');
  const panel = await page.evaluate(() => ({
    heading: document.querySelector('.recovery h1')?.textContent,
    role: document.querySelector('.recovery')?.getAttribute('role'),
    links: [...document.querySelectorAll('.recovery a')].map((a) => [a.textContent, a.getAttribute('href')]),
    error: document.querySelector('.recovery pre')?.textContent,
  }));
  check(panel.heading.includes('internal error') && panel.role === 'alert', JSON.stringify(panel));
  check(panel.error.includes('deliberate panic'), `the panel does not give the error: ${panel.error}`);
  const [reload, overview] = panel.links;
  check(reload[0] === 'Reload this view' && /\?reloaded=\d+#\/test-panic$/.test(reload[1]), `reload link ${reload}`);
  check(overview[0] === 'Start again from the overview' && overview[1] === BASE, `overview link ${overview}`);
  check(errors.some((e) => e.includes('deliberate panic')), 'the panic is not in the console');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'recovery-panel-desktop.png') });
  await page.click('text=Start again from the overview');
  await page.waitForSelector('.card');
  check((await page.$$('.recovery')).length === 0, 'the panel stayed');
}, { expectErrors: true });

test('with 300 articles the overview is a searchable list and ranked pairs, not 300 cards and a 300×300 matrix', async ({ page, many }) => {
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const started = Date.now();
  await page.goto(`${many}${BASE}`);
  await page.waitForSelector('table.articles tbody tr');
  const loaded = Date.now() - started;
  const seen = await page.evaluate(() => ({
    rows: document.querySelectorAll('table.articles tbody tr').length,
    cards: document.querySelectorAll('.card').length,
    matrix: document.querySelectorAll('table.matrix').length,
    pairs: document.querySelectorAll('.pairs .pair-item').length,
    nodes: document.querySelectorAll('*').length,
    count: document.querySelector('.list-count')?.textContent,
  }));
  check(seen.rows === 50 && seen.cards === 0 && seen.matrix === 0, JSON.stringify(seen));
  check(seen.pairs === 50, `${seen.pairs} ranked pairs`);
  check(seen.count === '50 of 300 shown (300 in all)', `count says ${seen.count}`);
  check(seen.nodes < 5000, `${seen.nodes} elements on the page`);
  await page.click('button.show-more:has-text("Show 50 more")');
  await page.waitForFunction(() => document.querySelectorAll('table.articles tbody tr').length === 100);
  // Search by outlet (case ignored): ledger2.example and ledger20-28.example.
  await page.fill('.list-search input', 'LEDGER2');
  await page.waitForFunction(() => document.querySelector('.list-count')?.textContent.startsWith('10 of 10'));
  const outlets = await page.$$eval('table.articles tbody .col-outlet', (c) => c.map((e) => e.textContent));
  check(outlets.length === 10 && outlets.every((o) => o.startsWith('ledger2')), outlets.join(' '));
  await page.fill('.list-search input', '');
  await page.selectOption('.list-sort select', 'long');
  await page.waitForFunction(() => document.querySelectorAll('table.articles tbody tr').length === 50);
  const words = await page.$$eval('table.articles tbody td.num:nth-of-type(4)', (c) => c.map((e) => Number(e.textContent)));
  check(words.every((w, i) => i === 0 || words[i - 1] >= w), `not longest first: ${words.slice(0, 5)}`);
  await page.click('.pairs .pair-item a >> nth=0');
  await page.waitForSelector('.pair-grid .prow');
  const long = await page.evaluate(() => window.__long);
  console.log(`     300 articles: first view in ${loaded} ms, ${seen.nodes} elements, longest main-thread task ${Math.max(0, ...long)} ms`);
});

async function screenshots(browser, origin, many) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const views = [
    ['overview', `${origin}${BASE}`, '.cluster'],
    ['article', `${origin}${BASE}#/article/${A}`, '.reader-body'],
    ['pair', `${origin}${BASE}#/pair/${A}/${B}?row=4`, '.prow.current'],
    ['discrepancies', `${origin}${BASE}#/discrepancies`, '.discrepancy'],
    ['quotes', `${origin}${BASE}#/quotes`, '.quote-group'],
    ['only-here', `${origin}${BASE}#/only-here`, '.only-article'],
  ];
  const sizes = [
    ['desktop', { width: 1280, height: 900 }, false],
    ['phone', { width: 390, height: 844 }, true],
  ];
  for (const [size, viewport, mobile] of sizes) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, url, ready] of views) {
        await page.goto(url);
        await page.waitForSelector(ready);
        await page.waitForTimeout(900);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${size}-${scheme}.png`) });
      }
      if (scheme === 'light') {
        await page.goto(`${origin}${BASE}#/article/${A}`);
        await page.locator('.sent.shared', { hasText: TRUST }).first().click();
        await page.waitForSelector('.popover');
        await page.screenshot({ path: path.join(SHOTS, `article-popover-${size}.png`) });
      }
      await context.close();
    }
    // The overview with 300 articles.
    {
      const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      await page.goto(`${many}${BASE}`);
      await page.waitForSelector('table.articles tbody tr');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SHOTS, `overview-300-${size}.png`) });
      await context.close();
    }
    // The HTML reports as they open from disk, offline (saved by the report tests).
    for (const kind of ['pair', 'overview']) {
      const file = path.join(REPORTS, `report-${kind}.html`);
      if (!fs.existsSync(file)) continue;
      const opened = await openOffline(browser, file, viewport);
      await opened.page.screenshot({ path: path.join(SHOTS, `report-${kind}-${size}.png`) });
      await opened.context.close();
    }
  }
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
if (!fs.existsSync(path.join(HOSTILE_DIST, 'index.html'))) {
  console.log(`FAIL ${HOSTILE_DIST} is missing: build it with PARALLAX_EXTRA_SEEDS=tests/e2e/hostile (scripts/test.sh does)`);
  process.exit(1);
}
const hostileServer = await serve(HOSTILE_DIST);
const hostile = `http://127.0.0.1:${hostileServer.address().port}`;
if (!fs.existsSync(path.join(MANY_DIST, 'index.html'))) {
  console.log(`FAIL ${MANY_DIST} is missing: build it with PARALLAX_EXTRA_SEEDS (scripts/test.sh does)`);
  process.exit(1);
}
const manyServer = await serve(MANY_DIST);
const many = `http://127.0.0.1:${manyServer.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});
let passed = 0;
let failed = 0;
for (const { name, fn, expectErrors } of tests) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const external = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const local = (url) => url.startsWith('blob:') || url.startsWith(origin) || url.startsWith(hostile) || url.startsWith(many) || url.startsWith('data:') || url.startsWith(`file://${SINGLE}`);
  page.on('request', (r) => !local(r.url()) && external.push(r.url()));
  await watchCsp(page);
  try {
    await fn({ page, origin, hostile, many, browser });
    check(expectErrors || errors.length === 0, `console errors: ${errors.join(' | ')}`);
    const violations = await cspViolations(page);
    check(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
    check(external.length === 0, `requests left the origin: ${external.join(' ')}`);
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
  }
  await context.close();
}
try {
  await screenshots(browser, origin, many);
  console.log(`screenshots in ${path.relative(process.cwd(), SHOTS)}/`);
} catch (e) {
  failed += 1;
  console.log(`FAIL screenshots\n     ${e.message}`);
}
await browser.close();
server.close();
hostileServer.close();
manyServer.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
