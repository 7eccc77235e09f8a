// What each route asks of the gateway's cross-cutting plugins, declared in its route config and
// read by them (auth, limits, logging, the error reply, the OpenAPI document), never derived
// from its URL: a new route states its policy or the gateway refuses to start.

/** Who may call: nobody in particular, any API key, or an admin key. */
export type Access = 'open' | 'generate' | 'admin'
/** How an error on the route is answered: the gateway's JSON, OpenAI's `{ error }`, SGLang's (FastAPI's) `{ detail }`, or an HTML page. */
export type ErrorShape = 'json' | 'openai' | 'sglang' | 'html'

export interface RoutePolicy {
  access: Access
  /** Counts against the per-key (or per-address) rate limit. */
  rateLimited: boolean
  /** Refused with a 503 while the gateway is overloaded. */
  shed: boolean
  /** Asked many times a second (polls, scrapes, health checks): its requests log one level down. */
  frequent: boolean
  errorShape: ErrorShape
}

export const policyFields = ['access', 'rateLimited', 'shed', 'frequent', 'errorShape'] as const satisfies ReadonlyArray<keyof RoutePolicy>

/** The API's common case: any key, rate-limited, shed under pressure, logged at info, JSON errors. */
export function apiPolicy (overrides: Partial<RoutePolicy> = {}): RoutePolicy {
  return { access: 'generate', rateLimited: true, shed: true, frequent: false, errorShape: 'json', ...overrides }
}

/**
 * Routes nobody declared: an unknown URL needs a key like the API (a stranger learns nothing
 * by probing), is rate-limited and shed, and answers the gateway's JSON 404.
 */
export const notFoundPolicy: RoutePolicy = apiPolicy()

/** The policy fields a route config leaves out. */
export function missingPolicyFields (config: Partial<RoutePolicy> | undefined): string[] {
  return policyFields.filter((field) => config?.[field] === undefined)
}
