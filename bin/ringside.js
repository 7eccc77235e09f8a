#!/usr/bin/env node
// Runs the built output when there is one (the Docker image), else the TypeScript sources,
// which Node 24 runs by type stripping.
import { existsSync } from 'node:fs'

const built = new URL('../dist/src/cli.js', import.meta.url)
const { run } = await import(existsSync(built) ? built.href : new URL('../src/cli.ts', import.meta.url).href)
await run(process.argv.slice(2), process.env)
