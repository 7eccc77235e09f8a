// Replicas of one backend are interchangeable, so only the queue length matters; the lowest index
// on ties keeps a lightly loaded deployment on one warm replica and makes the choice reproducible
export function pickReplica (outstandingPerReplica: number[]): number {
  if (outstandingPerReplica.length === 0) throw new RangeError('a backend needs at least one replica')
  let best = 0
  for (let i = 1; i < outstandingPerReplica.length; i++) {
    if ((outstandingPerReplica[i] as number) < (outstandingPerReplica[best] as number)) best = i
  }
  return best
}
