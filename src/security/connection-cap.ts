/**
 * Open connections per client address: one address holding hundreds of sockets (slowloris, a
 * runaway client) cannot take them all. `max` 0 is no cap.
 */
export function createConnectionCap (max: number) {
  const open = new Map<string, number>()
  let refused = 0
  return {
    /** Counts a new connection from `address`; false (and counted as refused) when it is over the cap. */
    admit (address: string): boolean {
      const count = open.get(address) ?? 0
      if (max > 0 && count >= max) {
        refused++
        return false
      }
      open.set(address, count + 1)
      return true
    },
    /** An admitted connection from `address` closed. */
    release (address: string): void {
      const count = open.get(address) ?? 0
      if (count <= 1) open.delete(address)
      else open.set(address, count - 1)
    },
    openFrom (address: string): number { return open.get(address) ?? 0 },
    get refused (): number { return refused }
  }
}

export type ConnectionCap = ReturnType<typeof createConnectionCap>
