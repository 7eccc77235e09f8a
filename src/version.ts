import { readFileSync } from 'node:fs'

/** The package's version, from the source tree (src/) or the built one (dist/src/). */
export function packageVersion (): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string, version?: string }
      if (pkg.name === 'ringside' && pkg.version) return pkg.version
    } catch {}
  }
  return 'unknown'
}
