// Starting, pinning, watching and stopping the processes a benchmark measures.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { request } from 'undici'

export interface Started { child: ChildProcess, pid: number }

/** The core a process runs on; on a 1-core machine every process shares core 0. */
export function core (index: number): number {
  return Math.min(index, availableParallelism() - 1)
}

export interface SpawnOptions {
  // read the first line with firstJsonLine (the stub announces its port so)
  pipeStdout?: boolean
  // an IPC channel, for a child that answers questions about itself (the soak's memory probe)
  ipc?: boolean
}

/** Runs `command` pinned to one core with taskset (Debian's util-linux), its output inherited unless piped. */
export function spawnPinned (cpu: number, command: string, args: string[], env: NodeJS.ProcessEnv = {}, options: SpawnOptions = {}): Started {
  const stdio = ['ignore', options.pipeStdout === true ? 'pipe' : 'inherit', 'inherit', ...(options.ipc === true ? ['ipc' as const] : [])] as const
  // taskset execs the command in place, which keeps the IPC channel's descriptor and variable
  const child = spawn('taskset', ['-c', String(cpu), command, ...args], { env: { ...process.env, ...env }, stdio: [...stdio] })
  if (child.pid === undefined) throw new Error(`could not start ${command}`)
  // taskset execs the command: the pid is the command's own
  return { child, pid: child.pid }
}

/** The first line a process prints, parsed as JSON (the stub announces its port so). */
export async function firstJsonLine<T> (child: ChildProcess, timeoutMs = 10_000): Promise<T> {
  const lines = createInterface({ input: child.stdout! })
  const timer = setTimeout(() => child.kill(), timeoutMs)
  try {
    const [line] = await Promise.race([
      once(lines, 'line') as Promise<[string]>,
      once(child, 'exit').then(() => { throw new Error('the process ended without printing its port') })
    ])
    return JSON.parse(line) as T
  } finally {
    clearTimeout(timer)
    lines.close()
  }
}

export async function waitHttpOk (url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await request(url)
      await res.body.dump()
      if (res.statusCode === 200) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

export async function rssBytes (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
  if (kib === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(kib) * 1024
}

/** Samples a process's RSS every `everyMs` until stopped; answers start, max and last. */
export function watchRss (pid: number, everyMs = 250) {
  const samples: number[] = []
  const timer = setInterval(() => { rssBytes(pid).then((bytes) => samples.push(bytes), () => {}) }, everyMs)
  return {
    stop () {
      clearInterval(timer)
      return { startBytes: samples[0] ?? 0, maxBytes: Math.max(0, ...samples), endBytes: samples.at(-1) ?? 0, samples: samples.length }
    }
  }
}

export async function stop (started: Started | undefined): Promise<void> {
  if (!started || started.child.exitCode !== null) return
  const exited = new Promise((resolve) => started.child.once('exit', resolve))
  // an open IPC channel would keep the child's event loop alive after its graceful close
  if (started.child.connected) started.child.disconnect()
  started.child.kill('SIGTERM')
  const timer = setTimeout(() => started.child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** Every process started through `track` is stopped on exit, Ctrl-C included. */
export function createProcessSet () {
  const all: Started[] = []
  const onSignal = () => { for (const started of all) started.child.kill('SIGKILL'); process.exit(130) }
  process.once('SIGINT', onSignal)
  return {
    track (started: Started): Started { all.push(started); return started },
    async stopAll () {
      process.off('SIGINT', onSignal)
      await Promise.all(all.map(stop))
    }
  }
}
