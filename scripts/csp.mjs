// Adds a strict Content-Security-Policy <meta> to a built index.html. Static hosts cannot set
// headers, so the policy travels in the page. Every inline <script> (the module loader Trunk
// writes, and under `trunk serve` its live-reload script) is allowed by its SHA-256 hash,
// computed here at build time; nothing else inline may run, and nothing may load from another
// origin.
//
//   node scripts/csp.mjs [DIR]     (DIR: $TRUNK_STAGING_DIR when Trunk runs it as a hook, else dist)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * SHA-256 source expressions (`'sha256-…'`) of every inline `<tag>` body in `html`. Data
 * blocks (`application/json`: the bundled articles; `text/plain`: the single file's worker
 * code) never run as the page's scripts and get none.
 */
export function inlineHashes(html, tag) {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  const hashes = [];
  for (const m of html.matchAll(re)) {
    if (/\ssrc=/.test(m[1] || '') || /\stype="(application\/json|text\/plain)"/.test(m[1] || '') || m[2].length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The policy for a page. `scripts` are the hashes of its inline scripts; `styles` of its
 * inline <style> elements (the single-file build). Style attributes stay allowed: Leptos sets
 * `style` on a few elements (bars, matrix cells), which cannot run code.
 */
export function policy({ scripts, styles = [], connect = "'self'", selfScripts = true, images = "'self' data:", workers = "'self'" }) {
  return [
    "default-src 'none'",
    `script-src ${selfScripts ? "'self' " : ''}${scripts.join(' ')} 'wasm-unsafe-eval'`,
    // The analysis worker: beside the page, or (single file) made from the page's own block.
    `worker-src ${workers}`,
    `style-src-elem ${styles.length ? styles.join(' ') : "'self'"}`,
    "style-src-attr 'unsafe-inline'",
    `img-src ${images}`,
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `html` with the policy right after `<meta charset>` (before anything that may load or run). */
export function withPolicy(html, content) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  const cleaned = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, '');
  if (/<meta charset="[^"]*"\s*\/?>/.test(cleaned)) {
    return cleaned.replace(/(<meta charset="[^"]*"\s*\/?>)/, `$1\n    ${meta}`);
  }
  return cleaned.replace(/<head>/, `<head>\n    ${meta}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
  const file = path.join(dir, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const content = policy({ scripts: inlineHashes(html, 'script') });
  fs.writeFileSync(file, withPolicy(html, content));
  console.log(`csp: ${content}`);
}
