// Trunk's post-build hook (Trunk.toml): gives the worker's files content-hashed names (Trunk
// names a worker by its binary only), builds the file readers module beside them (readers.mjs), puts the bundled articles in the page (seeds.mjs), then
// adds the Content-Security-Policy (csp.mjs), in that order.
//
//   node scripts/post-build.mjs [DIR]     (DIR: $TRUNK_STAGING_DIR under Trunk, else dist)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inlineHashes, policy, withPolicy } from './csp.mjs';
import { addReaders } from './readers.mjs';
import { seeds, seedsBlock, withSeeds } from './seeds.mjs';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const file = path.join(dir, 'index.html');
hashWorker(dir);
addReaders(dir);
const articles = seeds();
let html = withSeeds(fs.readFileSync(file, 'utf8'), seedsBlock(articles) + bundledReportBlock(articles));
const content = policy({ scripts: inlineHashes(html, 'script') });
html = withPolicy(html, content);
fs.writeFileSync(file, html);
console.log(`post-build: ${articles.length} bundled articles in the page; csp: ${content}`);

/**
 * The page starts `parallax-worker_loader.js` (a fixed name it knows); the loader then loads
 * the worker's glue and wasm under names carrying a hash of their contents, so a browser
 * never mixes a cached old worker with a new page. The loader passes the wasm's address the
 * way the current wasm-bindgen asks (an object, not a bare string).
 */
function hashWorker(dir) {
  const loader = path.join(dir, 'parallax-worker_loader.js');
  if (!fs.existsSync(loader)) return;
  const glue = path.join(dir, 'parallax-worker.js');
  const wasm = path.join(dir, 'parallax-worker_bg.wasm');
  if (!fs.existsSync(glue) || !fs.existsSync(wasm)) return;
  const hash = createHash('sha256').update(fs.readFileSync(glue)).update(fs.readFileSync(wasm)).digest('hex').slice(0, 16);
  const [js, bin] = [`parallax-worker-${hash}.js`, `parallax-worker-${hash}_bg.wasm`];
  fs.renameSync(glue, path.join(dir, js));
  fs.renameSync(wasm, path.join(dir, bin));
  fs.writeFileSync(loader, `importScripts(${JSON.stringify('./' + js)});wasm_bindgen({ module_or_path: ${JSON.stringify('./' + bin)} });\n`);
}

/**
 * The report on the bundled articles that build.rs made (for bundles of up to 50), as a data
 * block the page shows at once when the visitor has no articles of their own. Left out when
 * missing, or when it is not about exactly these articles (a stale file).
 */
function bundledReportBlock(articles) {
  const target = process.env.CARGO_TARGET_DIR || 'target';
  const candidates = ['wasm-release', 'release', 'debug']
    .map((profile) => path.join(target, 'wasm32-unknown-unknown', profile, 'parallax-bundled-report.json'))
    .filter((f) => fs.existsSync(f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) return '';
  const json = fs.readFileSync(candidates[0], 'utf8');
  const names = JSON.parse(json).documents.map((d) => d.name);
  if (JSON.stringify(names) !== JSON.stringify(articles.map(([name]) => name))) {
    console.log(`post-build: ${candidates[0]} is about other articles; the worker makes the first report`);
    return '';
  }
  return `\n  <script type="application/json" id="parallax-bundled-report">${json.replace(/</g, '\\u003c')}</script>`;
}
