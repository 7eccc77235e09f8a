// A small seeded PRNG so runs are reproducible from `randomSeed`; Math.random cannot be seeded.

export type Random = () => number

// mulberry32: 32-bit state, fast, good enough for jitter and filler bytes
export function createRandom (seed: number): Random {
  let state = seed >>> 0
  return function next () {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Box-Muller; one standard normal sample
export function gaussian (random: Random): number {
  const u = Math.max(random(), Number.EPSILON)
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

// multiplicative noise with relative sd `sd`, clipped to stay positive
export function jitterFactor (random: Random, sd: number): number {
  if (sd <= 0) return 1
  const g = Math.max(-3, Math.min(3, gaussian(random)))
  return Math.max(0.05, 1 + sd * g)
}

// FNV-1a: turns a prompt + seed into a PRNG seed so twin requests produce identical bytes
export function hashString (text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
