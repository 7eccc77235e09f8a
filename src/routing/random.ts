// The routing study's seeded PRNG and its draws: a run is reproducible from its seed, which Math.random is not.
// The simulator has the same generator in src/simulator/random.ts; the study keeps its own copy
// because the simulator is a world apart that the gateway's code does not import.

export type Random = () => number

// mulberry32: 32-bit state, fast, and plenty for arrival gaps and service-time noise
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

// Inter-arrival time of a Poisson process; 1 - u keeps log away from 0
export function exponentialSeconds (random: Random, ratePerSecond: number): number {
  return -Math.log(1 - random()) / ratePerSecond
}

// Mean-preserving lognormal with coefficient of variation `cv`: positive and right-skewed like
// run times, and exactly 1 when cv is 0
export function lognormalFactor (random: Random, cv: number): number {
  if (cv <= 0) return 1
  const sigma = Math.sqrt(Math.log(1 + cv * cv))
  return Math.exp(sigma * gaussian(random) - sigma * sigma / 2)
}

// An index drawn with probability proportional to its weight
export function drawIndex (random: Random, weights: number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let u = random() * total
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!
    if (u < 0) return i
  }
  return weights.length - 1
}
