import type { Readable } from 'node:stream'
import { Type, type Static } from 'typebox'

export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String({ description: 'Stable error code, RINGSIDE_* for the gateway\'s own' }),
  error: Type.String(),
  message: Type.String({ description: 'What went wrong, naming the field or the backend' }),
  backend: Type.Optional(Type.String())
}, { $id: 'ErrorResponse', title: 'Error' })
export type ErrorResponse = Static<typeof ErrorResponse>

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

export const BackendName = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,31}$', description: 'A configured backend name' })

/** A backend name, or `auto` to let the routing policy choose. */
export const BackendChoice = Type.String({ pattern: '^([a-z0-9][a-z0-9_-]{0,31})$', default: 'auto', description: 'A configured backend name or "auto"' })

/** Response schemas for the error statuses a route can send, all the shared error shape. */
export function errorResponses (...statuses: number[]): Record<number, typeof ErrorRef> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorRef]))
}
const ErrorRef = Type.Unsafe<ErrorResponse>({ $ref: 'ErrorResponse#' })

/** A streamed body: documented for OpenAPI, never serialised (Fastify pipes streams as they are). */
export const Binary = (mediaType: string) => Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: mediaType })
