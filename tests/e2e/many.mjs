// Writes N articles for the many-articles build (scripts/test.sh): reworked copies of the
// seeds, the way syndicated copy reaches many outlets. Each keeps most of one seed's
// paragraphs, in a shifted order, drops one, changes a figure, and gets its own title and
// outlet, so the overview has hundreds of near-duplicates and a few distinct stories.
//
//   node tests/e2e/many.mjs DIR N
import fs from 'node:fs';
import path from 'node:path';

const [dir, count] = [process.argv[2], Number(process.argv[3] || 300)];
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const seeds = fs
  .readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
const outlets = ['herald', 'courier', 'gazette', 'tribune', 'post', 'times', 'ledger', 'observer', 'chronicle', 'journal'];
for (let i = 0; i < count; i++) {
  const seed = seeds[i % seeds.length];
  const lines = seed.split('\n').filter((l) => !/^\s*https?:\/\/\S+\s*$/.test(l));
  const at = lines.findIndex((l) => l.trim());
  const title = lines[at];
  const paragraphs = lines.slice(at + 1).join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !/^https?:\/\//.test(p));
  const shift = i % Math.max(1, paragraphs.length);
  const shifted = paragraphs.slice(shift).concat(paragraphs.slice(0, shift));
  const kept = shifted.filter((_, k) => k !== (i * 7) % shifted.length);
  const body = kept.join('\n\n').replace(/\b(\d+)\b/, (n) => String(Number(n) + (i % 3)));
  const outlet = `${outlets[i % outlets.length]}${Math.floor(i / outlets.length)}.example`;
  const text = `${title.trim()} (${i + 1})\nhttps://www.${outlet}/story/${i + 1}\n\n${body}\n`;
  fs.writeFileSync(path.join(dir, `u${String(i + 1).padStart(3, '0')}.txt`), text);
}
console.log(`many: ${count} articles in ${dir}`);
