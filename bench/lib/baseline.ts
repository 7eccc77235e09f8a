// A before/after in one run: the gateway as it was at another git revision, checked out in a
// temporary worktree (sharing this checkout's node_modules), runs beside the current one.
// Set RINGSIDE_BENCH_BASELINE=<git revision> to add it to the poll, submit, content and metrics-scrape benchmarks.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Baseline { revision: string, bin: string, remove (): Promise<void> }

const root = new URL('../../', import.meta.url).pathname

export async function checkoutBaseline (revision: string): Promise<Baseline> {
  const short = execFileSync('git', ['-C', root, 'rev-parse', '--short', revision], { encoding: 'utf8' }).trim()
  const dir = join(await mkdtemp(join(tmpdir(), 'ringside-bench-baseline-')), 'ringside')
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', dir, short])
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'))
  return {
    revision: short,
    bin: join(dir, 'bin', 'ringside.js'),
    async remove () {
      execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir])
      await rm(join(dir, '..'), { recursive: true, force: true })
    }
  }
}
