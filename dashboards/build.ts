import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { absolute, artefacts } from './artefacts.ts'

// `npm run dashboards`: regenerates the committed dashboard JSON and Prometheus rules.
for (const artefact of artefacts()) {
  const path = absolute(artefact)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, artefact.content)
  console.log(`wrote ${artefact.path}`)
}
