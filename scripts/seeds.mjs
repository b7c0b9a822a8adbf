// The bundled articles as a data block in the built index.html:
//   <script type="application/json" id="parallax-seeds">[["000_…", "text"], …]</script>
// The app reads it at start-up with the browser's JSON parser (src/seeds.rs). Articles are
// content, not code: they travel in the page, not in the wasm, whose size budget is for code
// (at 300 bundled articles the texts alone would be 2.4 MB).
//
// Same files and order as build.rs: `seeds/*.txt` sorted by name, then the `*.txt` of
// $PARALLAX_EXTRA_SEEDS (test builds). build.rs has already refused anything that is not
// UTF-8 text, so the files are read as UTF-8 here without checks.
import fs from 'node:fs';
import path from 'node:path';

function textFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && fs.statSync(path.join(dir, f)).isFile())
    .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0))
    .map((f) => path.join(dir, f));
}

/** The `[name, text]` pairs of the bundled articles, in the app's order. */
export function seeds(root = '.') {
  const files = textFiles(path.join(root, 'seeds'));
  const extra = process.env.PARALLAX_EXTRA_SEEDS;
  if (extra) files.push(...textFiles(path.resolve(root, extra)));
  return files.map((f) => [path.basename(f, '.txt'), fs.readFileSync(f, 'utf8')]);
}

/** The data block. No `<` inside, so no text can end the element or open a comment. */
export function seedsBlock(pairs) {
  const json = JSON.stringify(pairs).replace(/</g, '\\u003c');
  return `<script type="application/json" id="parallax-seeds">${json}</script>`;
}

/** `html` with the block just before `</body>` (any earlier one replaced). */
export function withSeeds(html, block) {
  const cleaned = html.replace(/\s*<script type="application\/json" id="parallax-(seeds|bundled-report)">[\s\S]*?<\/script>/g, '');
  return cleaned.replace(/<\/body>/, `  ${block}\n  </body>`);
}
