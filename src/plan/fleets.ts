// The fleets that fit in G GPUs: counts of each configuration, kept only when maximal (no further
// backend of any configuration fits in the GPUs left), so a row is never a fleet plus idle GPUs.

export interface FleetEnumeration {
  /** Counts per configuration, in the order given. */
  fleets: number[][]
  /** True when more maximal fleets exist than `maxFleets`. */
  truncated: boolean
}

export function enumerateFleets (gpusPerConfig: number[], totalGpus: number, maxFleets = 200): FleetEnumeration {
  const smallest = Math.min(...gpusPerConfig)
  const fleets: number[][] = []
  let truncated = false
  const counts = gpusPerConfig.map(() => 0)
  // Depth first, the first configuration's count highest first: fleets of it come out first
  function visit (index: number, left: number): void {
    if (truncated) return
    if (index === gpusPerConfig.length) {
      if (left >= smallest || counts.every((n) => n === 0)) return
      if (fleets.length === maxFleets) {
        truncated = true
        return
      }
      fleets.push(counts.slice())
      return
    }
    const gpus = gpusPerConfig[index] as number
    const last = index === gpusPerConfig.length - 1
    // the last configuration's lower counts only leave more GPUs idle: none of them is maximal
    for (let n = Math.floor(left / gpus); n >= 0 && !truncated; n--) {
      if (last && left - n * gpus >= smallest) break
      counts[index] = n
      visit(index + 1, left - n * gpus)
    }
    counts[index] = 0
  }
  if (gpusPerConfig.length > 0) visit(0, totalGpus)
  return { fleets, truncated }
}
