import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { absolute, artefacts } from './artefacts.ts'
import { defaultRunbookUrl, rulePair } from './rules.ts'

// `npm run dashboards`: regenerates the committed dashboard JSON and Prometheus rules. The
// rules' pair and runbook link come from flags or the environment (flags win); the committed
// rules are the seed's pair, which a test checks: build another pair with --out-dir elsewhere.
const usage = 'usage: npm run dashboards -- [--baseline u1r1] [--candidate u1r2[,u2r1...]] [--runbook-url URL] [--out-dir DIR]'

function options () {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string' },
      candidate: { type: 'string' },
      'runbook-url': { type: 'string' },
      'out-dir': { type: 'string' },
      help: { type: 'boolean' }
    },
    strict: true
  })
  if (values.help) {
    console.log(`${usage}\n  env: RINGSIDE_RULES_BASELINE, RINGSIDE_RULES_CANDIDATE, RINGSIDE_RUNBOOK_URL`)
    process.exit(0)
  }
  const env = process.env
  return {
    pair: rulePair(values.baseline ?? env.RINGSIDE_RULES_BASELINE, values.candidate ?? env.RINGSIDE_RULES_CANDIDATE),
    runbookUrl: values['runbook-url'] ?? env.RINGSIDE_RUNBOOK_URL ?? defaultRunbookUrl,
    outDir: values['out-dir']
  }
}

let chosen
try {
  chosen = options()
} catch (err) {
  // A user's mistake is one line and exit 2, not a stack trace.
  console.error(`ringside dashboards: ${(err as Error).message}\n${usage}`)
  process.exit(2)
}
for (const artefact of artefacts(chosen)) {
  const path = chosen.outDir === undefined ? absolute(artefact) : join(chosen.outDir, artefact.path)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, artefact.content)
  console.log(`wrote ${artefact.path}`)
}
