// Prints what npm must do for node_modules to match the project: `ok`, `ci` or `install`.
// Compares what package-lock.json asks for with node_modules/.package-lock.json (npm's own
// record of what it installed), so an unchanged tree costs no npm run at all.
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

function state() {
  if (!existsSync('package-lock.json')) return 'install';
  const pkg = read('package.json');
  const lock = read('package-lock.json');
  const root = lock.packages?.[''] ?? {};
  // A dependency in package.json that the lock file does not record with the same range:
  // `npm ci` would refuse, `npm install` updates the lock file.
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (root[field]?.[name] !== range) return 'install';
    }
    for (const name of Object.keys(root[field] ?? {})) {
      if (!(name in (pkg[field] ?? {}))) return 'install';
    }
  }
  const hidden = 'node_modules/.package-lock.json';
  if (!existsSync(hidden)) return 'ci';
  const installed = read(hidden).packages ?? {};
  for (const [path, meta] of Object.entries(lock.packages ?? {})) {
    if (path === '' || !path.startsWith('node_modules/')) continue;
    // Optional packages for other platforms (e.g. a macOS build of a bundler) are never
    // installed here; their absence is normal.
    if (meta.optional && !installed[path]) continue;
    if (installed[path]?.version !== meta.version) return 'ci';
    if (!existsSync(path)) return 'ci';
  }
  return 'ok';
}

try {
  console.log(state());
} catch (e) {
  console.log(`error: ${e.message}`);
}
