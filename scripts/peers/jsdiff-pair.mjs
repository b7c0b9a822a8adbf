// jsdiff on a pair of texts, as issue 7 measured it: `diffSentences`, then `diffWords` inside
// each changed run (a removal followed by an addition). Prints the time and the number of
// changes. Run by scripts/pair-peers.sh with `diff` installed outside the repository.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.PEERS_DIR + '/');
const { diffSentences, diffWords } = require('diff');
const [a, b] = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
const started = performance.now();
const parts = diffSentences(a, b);
let words = 0;
for (let i = 0; i + 1 < parts.length; i++) {
  if (parts[i].removed && parts[i + 1].added) words += diffWords(parts[i].value, parts[i + 1].value).length;
}
const ms = performance.now() - started;
console.log(`jsdiff ${ms.toFixed(0)} ms (${parts.length} sentence parts, ${words} word parts)`);
