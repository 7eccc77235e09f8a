// Warmup of a freshly started server: /health is 503 and most paths are held until it ends.

export function createWarmup (warmupMs: number) {
  let warm = false
  let timer: NodeJS.Timeout | undefined
  let release: () => void = () => {}
  let ready: Promise<void> = Promise.resolve()

  function restart (): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (warmupMs === 0) {
      warm = true
      ready = Promise.resolve()
      return
    }
    warm = false
    ready = new Promise((resolve) => { release = resolve })
    timer = setTimeout(() => {
      timer = undefined
      warm = true
      release()
    }, warmupMs)
  }

  function stop (): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  restart()
  return {
    isWarm: () => warm,
    whenWarm: () => ready,
    restart,
    stop
  }
}
