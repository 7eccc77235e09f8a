#!/usr/bin/env node
// Runs the built output when there is one (the Docker image), else the TypeScript sources,
// which Node 24 runs by type stripping.
import { existsSync } from 'node:fs'

// Checked before anything is imported: an older Node fails on the .ts sources with
// ERR_UNKNOWN_FILE_EXTENSION, which says nothing about what to do.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  process.stderr.write(`ringside: needs Node 24 or later, this is ${process.version}. ` +
    'Run it through npm (npm start, npx ringside), which uses the node@24 the project pins, or install Node 24.\n')
  process.exit(1)
}

const built = new URL('../dist/src/cli.js', import.meta.url)
const { run } = await import(existsSync(built) ? built.href : new URL('../src/cli.ts', import.meta.url).href)
await run(process.argv.slice(2), process.env)
