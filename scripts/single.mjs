// Writes dist-single/parallax.html: the whole app (styles, the wasm-bindgen glue, the wasm and
// the bundled seeds inside it) as one HTML file that works when opened straight from disk
// (file://, no server). Browsers will not fetch a wasm file from file://, so the wasm travels as
// base64 inside the page's one module script and is instantiated from those bytes.
//
//   node scripts/single.mjs [DIST] [OUT]     (after `trunk build --release`; defaults: dist, dist-single)
//
// The page gets its own Content-Security-Policy: only its one inline script (by hash) and its
// one inline style element (by hash) may run or apply, wasm may compile, nothing may be
// fetched or connected to.
import fs from 'node:fs';
import path from 'node:path';
import { inlineHashes, policy, withPolicy } from './csp.mjs';

const dist = process.argv[2] || 'dist';
const outDir = process.argv[3] || 'dist-single';
const fail = (message) => {
  console.error(`single: ${message}`);
  process.exit(1);
};

const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const js = index.match(/import init, \* as bindings from '\.\/([^']+\.js)'/)?.[1] ?? fail('no wasm-bindgen module in dist/index.html (run `trunk build --release` first)');
const wasm = index.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1] ?? fail('no wasm file named in dist/index.html');
const css = index.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/)?.[1] ?? fail('no stylesheet in dist/index.html');

// The glue as a plain module body: its exports become local names.
const glue = fs
  .readFileSync(path.join(dist, js), 'utf8')
  .replace(/^export class /gm, 'class ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^export /m.test(glue)) fail(`the glue ${js} has an export this script does not know`);
const bytes = fs.readFileSync(path.join(dist, wasm)).toString('base64');
// Names of our own carry a prefix: the glue has top-level names such as `wasm`.
const script = `${glue}
const __parallaxBytes = Uint8Array.from(atob('${bytes}'), (c) => c.charCodeAt(0));
const __parallaxWasm = await __wbg_init({ module_or_path: __parallaxBytes });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: __parallaxWasm } }));
`;
const style = fs.readFileSync(path.join(dist, css), 'utf8');

// The worker's code (its no-modules glue, its wasm as base64) as a text block the app starts
// from a `blob:` URL (src/worker.rs, SOURCE_ID).
const loader = fs.readFileSync(path.join(dist, 'parallax-worker_loader.js'), 'utf8');
const workerJs = loader.match(/importScripts\("\.\/([^"]+\.js)"\)/)?.[1] ?? fail('no worker glue named in parallax-worker_loader.js');
const workerWasm = loader.match(/module_or_path: "\.\/([^"]+\.wasm)"/)?.[1] ?? fail('no worker wasm named in parallax-worker_loader.js');
// The file readers (crates/readers), which the worker instantiates on the first file it reads:
// here its bytes travel with the worker's code, as base64 (crates/worker/src/readers.rs).
const readers = loader.match(/__parallaxReadersUrl = "\.\/([^"]+\.wasm)"/)?.[1] ?? fail('no readers module named in parallax-worker_loader.js');
const workerSource = `self.__parallaxReadersWasm = '${fs.readFileSync(path.join(dist, readers)).toString('base64')}';
${fs.readFileSync(path.join(dist, workerJs), 'utf8')}
wasm_bindgen({ module_or_path: Uint8Array.from(atob('${fs.readFileSync(path.join(dist, workerWasm)).toString('base64')}'), (c) => c.charCodeAt(0)) });
`;
if (/<\/script/i.test(workerSource)) fail('the worker code contains </script');

let html = index
  // Everything Trunk links or preloads is inlined below.
  .replace(/\s*<link rel="stylesheet"[^>]*>/, `\n    <style>${style}</style>`)
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace(/\s*<link rel="preload"[^>]*>/g, '')
  // The single file starts its worker from its own block (src/worker.rs), not from a file.
  .replace(/\s*<script id="parallax-early-worker">[\s\S]*?<\/script>/, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${script}</script>`)
  .replace('</body>', () => `<script type="text/plain" id="parallax-worker-source">${workerSource}</script>\n</body>`);
html = withPolicy(
  html,
  policy({
    scripts: inlineHashes(html, 'script'),
    styles: inlineHashes(html, 'style'),
    connect: "'none'",
    selfScripts: false,
    images: 'data:',
    workers: 'blob:',
  }),
);
fs.mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, 'parallax.html');
fs.writeFileSync(out, html);
const { gzipSync } = await import('node:zlib');
console.log(`single file: ${out}, ${html.length} bytes (${gzipSync(html, { level: 9 }).length} bytes gzip)`);
