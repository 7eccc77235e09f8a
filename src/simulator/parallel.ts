// A simulator's parallel configuration from `sglang serve`'s flags or a short name (u1r2, u2r1,
// kvg2, u1r1c2), with SGLang's own defaults and refusals (runtime/server_args/server_args.py at
// d315eb72). A mistake is an Error naming the flag, in the simulator's own words.
import { WAN_TI2V_5B } from './perf-model.ts'
import type { ParallelConfig } from './perf-model.ts'

export interface ParallelFlags {
  numGpus?: number
  spDegree?: number
  ulyssesDegree?: number
  ringDegree?: number
  kvGatherDegree?: number
}

function degree (flag: string, value: number | undefined): number | undefined {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) throw new Error(`--${flag} must be an integer >= 1, got ${value}`)
  return value
}

// With no ulysses/ring/kv-gather degree, SGLang picks one for the SP degree: kv-gather at 2,
// Ulysses above (server_args.py:1308-1330)
function defaultDegrees (sp: number): Pick<ParallelConfig, 'ulyssesDegree' | 'ringDegree' | 'kvGatherDegree'> {
  if (sp === 2) return { ulyssesDegree: 1, ringDegree: 1, kvGatherDegree: 2 }
  return { ulyssesDegree: sp, ringDegree: 1, kvGatherDegree: 1 }
}

/** The configuration `sglang serve` would run with these flags; throws on what it refuses or the model does not take. */
export function parallelConfig (flags: ParallelFlags): ParallelConfig {
  const numGpus = degree('num-gpus', flags.numGpus)
  const spFlag = degree('sp-degree', flags.spDegree)
  const given = {
    ulyssesDegree: degree('ulysses-degree', flags.ulyssesDegree),
    ringDegree: degree('ring-degree', flags.ringDegree),
    kvGatherDegree: degree('kv-gather-degree', flags.kvGatherDegree)
  }
  const anyDegree = Object.values(given).some((value) => value !== undefined)
  const sp = spFlag ?? (anyDegree ? undefined : numGpus) ?? 1
  const degrees = anyDegree
    ? { ulyssesDegree: given.ulyssesDegree ?? 1, ringDegree: given.ringDegree ?? 1, kvGatherDegree: given.kvGatherDegree ?? 1 }
    : defaultDegrees(sp)
  if (degrees.kvGatherDegree > 1 && (degrees.ulyssesDegree > 1 || degrees.ringDegree > 1)) {
    // server_args.py:1335-1340
    throw new Error('--kv-gather-degree does not compose with --ulysses-degree or --ring-degree yet; set exactly one of them above 1')
  }
  // Ulysses splits the attention heads across its ranks
  if (WAN_TI2V_5B.heads % degrees.ulyssesDegree !== 0) {
    throw new Error(`--ulysses-degree must divide the model's ${WAN_TI2V_5B.heads} attention heads, got ${degrees.ulyssesDegree}`)
  }
  const spDegree = degrees.ulyssesDegree * degrees.ringDegree * degrees.kvGatherDegree
  if (spFlag !== undefined && spFlag !== spDegree) throw new Error(`--sp-degree must be ulysses x ring (or kv-gather) = ${spDegree}, got ${spFlag}`)
  const gpus = numGpus ?? spDegree
  const cfgDegree = gpus / spDegree
  if (cfgDegree !== 1 && cfgDegree !== 2) {
    throw new Error(`--num-gpus must be the SP degree ${spDegree} or twice it (CFG parallel), got ${gpus}`)
  }
  return { numGpus: gpus, spDegree, ...degrees, cfgDegree }
}

/** u<U>r<R> or kvg<G>, with c2 when the CFG branches run in parallel: the name the seed's style gives a configuration. */
export function parallelName (p: ParallelConfig): string {
  const sp = p.kvGatherDegree > 1 ? `kvg${p.kvGatherDegree}` : `u${p.ulyssesDegree}r${p.ringDegree}`
  return p.cfgDegree > 1 ? `${sp}c${p.cfgDegree}` : sp
}

const NAME = /^(?:u(\d+)r(\d+)|kvg(\d+))(?:c(\d+))?$/

/** The configuration a name stands for, or undefined when it is not one. */
export function parseParallelName (name: string): ParallelConfig | undefined {
  const match = NAME.exec(name)
  if (match === null) return undefined
  const [, u, r, g, c] = match
  const flags = g === undefined ? { ulyssesDegree: Number(u), ringDegree: Number(r) } : { kvGatherDegree: Number(g) }
  const p = parallelConfig(flags)
  return c === undefined ? p : parallelConfig({ ...flags, numGpus: p.spDegree * Number(c) })
}
