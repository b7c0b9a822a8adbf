// Trunk's post-build hook (Trunk.toml): puts the bundled articles in the page (seeds.mjs),
// then adds the Content-Security-Policy (csp.mjs), in that order.
//
//   node scripts/post-build.mjs [DIR]     (DIR: $TRUNK_STAGING_DIR under Trunk, else dist)
import fs from 'node:fs';
import path from 'node:path';
import { inlineHashes, policy, withPolicy } from './csp.mjs';
import { seeds, seedsBlock, withSeeds } from './seeds.mjs';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const file = path.join(dir, 'index.html');
const articles = seeds();
let html = withSeeds(fs.readFileSync(file, 'utf8'), seedsBlock(articles));
const content = policy({ scripts: inlineHashes(html, 'script') });
html = withPolicy(html, content);
fs.writeFileSync(file, html);
console.log(`post-build: ${articles.length} bundled articles in the page; csp: ${content}`);
