// How the app in the browser bears a large collection (issue 19): serves the release build
// (dist/) under /parallax/ on 127.0.0.1, picks N articles at once through the file input of a
// fresh profile, pastes one more, reloads, and prints for each step the time until the page
// lists them, the time until it has their report (a large collection is listed first and
// compared after; each step starts once the last one's report is in), the main thread's long
// tasks (over 50 ms) until then and the browser's memory (every Chromium process's
// proportional set size, and its resident size for comparison). A measurement, not a test:
// it asserts nothing.
//
//   trunk build --release --offline
//   cargo run --release -p parallax-engine --example shapes -- target/scale 1000   (story-1000)
//   node scripts/browser-scale.mjs target/scale/story-1000 [runs]
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const DIST = path.resolve(process.env.DIST || 'dist');
const BASE = '/parallax/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const dir = process.argv[2];
const runs = Number(process.argv[3] || 1);
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node scripts/browser-scale.mjs DIR_OF_ARTICLES [runs]');
  process.exit(2);
}
const files = fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => path.resolve(dir, f));

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html';
    const file = path.join(DIST, rel);
    if (!url.pathname.startsWith(BASE) || !file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The memory of a process and all its descendants, in MB: resident (RSS, which counts the
// pages Chromium's processes share once in each) and proportional (PSS, each shared page
// split between its sharers: what the tree really holds), with PSS by kind of process.
function treeMemory(pid) {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString().trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [p, pp] of table) children.set(pp, [...(children.get(pp) || []), p]);
  const rss = new Map(table.map(([p, , r]) => [p, r]));
  let total = 0;
  let pssTotal = 0;
  const kinds = new Map();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rss.get(p) || 0;
    const pss = processPss(p);
    pssTotal += pss;
    const kind = processKind(p);
    kinds.set(kind, (kinds.get(kind) || 0) + pss);
    stack.push(...(children.get(p) || []));
  }
  const mb = (kb) => Math.round(kb / 1024);
  const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${mb(v)}`).join(', ');
  return { rss: mb(total), pss: mb(pssTotal), byKind };
}

// A process's proportional set size in KB (0 when it is gone).
function processPss(pid) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// A Chromium process's kind (`browser`, `renderer`, `gpu-process`, `utility`, ...).
function processKind(pid) {
  try {
    // Chromium rewrites its children's command lines with spaces between the arguments.
    const type = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/--type=([\w-]+)/);
    return type ? type[1] : 'browser';
  } catch {
    return 'gone';
  }
}

// The main thread's time by function (self time), from a CPU profile: where a step's long
// tasks go. Set PROFILE=1 to print it.
function summarise(profile, what) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, k) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(name, (self.get(name) || 0) + (dt[k] || 0) / 1000);
  });
  const top = [...self.entries()].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`  main thread during "${what}", self time:`);
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

const listed = (page, n) => page.waitForFunction((n) => document.querySelector('.topbar-note')?.textContent.startsWith(`${n} article`), n, { timeout: 600000, polling: 20 });
// Compared: listed, and no longer marked as being compared (a large collection is listed
// first and its report follows; builds before that list them with the report).
const compared = (page, n) => page.waitForFunction((n) => {
  const note = document.querySelector('.topbar-note');
  return note?.textContent.startsWith(`${n} article`) && !note.classList.contains('comparing');
}, n, { timeout: 600000, polling: 20 });

async function step(page, what, act, n, pid) {
  await page.evaluate(() => window.__long.splice(0));
  const cdp = process.env.PROFILE && (await page.context().newCDPSession(page));
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  await act();
  // Long tasks that began once the step was handed to the page: the pick's first one is
  // the harness's own (setInputFiles builds a thousand File objects in one task).
  const handed = await page.evaluate(() => performance.now());
  await listed(page, n);
  const ms = Date.now() - started;
  // Then until the report replaces a listing: its tasks count for this step.
  await compared(page, n);
  const full = Date.now() - started;
  if (cdp) summarise((await cdp.send('Profiler.stop')).profile, what);
  await page.waitForTimeout(500);
  const entries = await page.evaluate(() => window.__long.splice(0));
  const tasks = entries.map((e) => e.ms);
  const after = entries.filter((e) => e.at >= handed).map((e) => e.ms);
  const result = { what, ms, full, longest: Math.max(0, ...tasks), tasks: tasks.length, mb: treeMemory(pid) };
  const { rss, pss, byKind } = result.mb;
  console.log(`${what.padEnd(28)} ${String(ms).padStart(6)} ms (compared ${String(full).padStart(5)} ms)  longest task ${String(result.longest).padStart(5)} ms (${tasks.length} over 50 ms; ${Math.max(0, ...after)} ms after the step was handed over)  browser ${pss} MB (PSS; RSS ${rss} MB)`);
  console.log(`${''.padEnd(28)} by process (PSS, MB): ${byKind}`);
  return result;
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const bundled = 5;
for (let run = 0; run < runs; run++) {
  const profile = fs.mkdtempSync('/tmp/parallax-scale-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  // The browser's own process (its renderers and the worker's are its descendants).
  const pid = Number(execFileSync('pgrep', ['-o', '-f', `user-data-dir=${profile}`]).toString().trim());
  const page = context.pages()[0] || (await context.newPage());
  if (process.env.TIMING) page.on('console', (m) => m.text().startsWith('[timing]') && console.log('   ', m.text()));
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push({ at: e.startTime, ms: Math.round(e.duration) }))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(origin + BASE);
  await page.waitForSelector('.card');
  console.log(`run ${run + 1}: ${files.length} articles from ${dir}`);
  const n = bundled + files.length;
  await step(page, `pick ${files.length} at once`, () => page.setInputFiles('.add-articles input[type=file]', files), n, pid);
  await step(page, 'paste one more', async () => {
    await page.fill('.paste-form input', 'Pasted on top');
    await page.fill('.paste-form textarea', 'The minister said on Monday that the talks would resume in the spring, and that the unions had agreed.');
    await page.click('.paste-form button[type=submit]');
  }, n + 1, pid);
  await step(page, 'reload', () => page.reload(), n + 1, pid);
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
server.close();
