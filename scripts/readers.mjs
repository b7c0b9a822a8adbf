// The file readers (crates/readers: parallax-ingest as a bare wasm module, no glue) for the
// worker, which loads them on the first file the user adds: built here, optimised like the
// other wasm in a release build, written beside the worker under a content-hashed name, and
// named in the worker's loader (`self.__parallaxReadersUrl`), which the worker reads.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The wasm features the app's own modules use (rustc's defaults for wasm32 since 1.82). */
const FEATURES = ['--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-multivalue'];

export function addReaders(dir) {
  const loader = path.join(dir, 'parallax-worker_loader.js');
  if (!fs.existsSync(loader)) return;
  const release = process.env.TRUNK_PROFILE === 'release';
  const profile = release ? 'wasm-release' : 'dev';
  execFileSync('cargo', ['build', '--locked', '--quiet', '-p', 'parallax-readers', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', profile], { stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR || 'target';
  const built = path.join(target, 'wasm32-unknown-unknown', release ? 'wasm-release' : 'debug', 'parallax_readers.wasm');
  let bytes = fs.readFileSync(built);
  if (release) {
    const optimised = `${built}.opt`;
    const wasmOpt = fs.existsSync('node_modules/.bin/wasm-opt') ? 'node_modules/.bin/wasm-opt' : 'wasm-opt';
    execFileSync(wasmOpt, ['-Oz', '--strip-debug', ...FEATURES, built, '-o', optimised], { stdio: 'inherit' });
    bytes = fs.readFileSync(optimised);
  }
  const name = `parallax-readers-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
  fs.writeFileSync(path.join(dir, name), bytes);
  const code = fs.readFileSync(loader, 'utf8').replace(/^self\.__parallaxReadersUrl = .*\n/m, '');
  fs.writeFileSync(loader, `self.__parallaxReadersUrl = ${JSON.stringify('./' + name)};\n${code}`);
  console.log(`post-build: file readers ${name} (${bytes.length} bytes)`);
}
