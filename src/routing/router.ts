import { outstanding, type Backend, type Backends, type Replica } from '../backends/backends.ts'
import { noBackendError, refusalError, refusalOf } from '../backends/admission.ts'
import { ReferenceNotAcceptedError, UnknownBackendError } from '../errors.ts'
import { defaults } from '../config.ts'
import { capacityWeights, type RoutingPolicy } from './policy.ts'
import { chooseReplica, nextReplica } from './replicas.ts'
import { workAhead, type Work } from './service-model.ts'
import { backendLimits, checkFinite, checkWork, fitsWork, noBackendFitsError, type WorkLimits, type WorkTarget } from './work-limits.ts'
import { modelPathOf } from '../backends/models.ts'
import { modelDefaultsOf } from '../workloads/models.ts'
import { workloadKey, workloadOf, type Workload } from '../workloads/workload.ts'
import { createWorkloadCatalog, type LabelledWorkload, type WorkloadCatalog } from '../workloads/catalog.ts'

export interface RouterOptions {
  backends: Backends
  policy: RoutingPolicy
  /** Jobs outstanding per backend (all replicas) beyond which it takes no more (429). */
  maxQueuePerBackend: number
  /** Gateway-wide limits on the work of one request (the config's RINGSIDE_MAX_*, its defaults unset); a backend's own fields win. */
  workLimits?: WorkLimits
  /** The labels a generation's workload gets (RINGSIDE_WORKLOADS, RINGSIDE_MAX_WORKLOADS); the defaults' unless given. */
  workloads?: WorkloadCatalog
}

/** Where a generation goes, and the work it is there: the workload with the defaults of that backend's model. */
export interface Choice {
  backend: Backend
  replica: Replica
  workload: LabelledWorkload
}

/** Whether a request carries a reference image: a URL, or an uploaded file. */
export interface WorkOptions {
  hasUpload?: boolean
}

const defaultCatalog = () => createWorkloadCatalog({ presets: defaults.workloads, maxSeen: defaults.maxWorkloads })

/** Where one generation goes: admission, the routing policy among backends, then the replica. */
export function createRouter ({ backends, policy, maxQueuePerBackend, workLimits = defaults, workloads = defaultCatalog() }: RouterOptions) {
  const shapeOf = (backend: Backend) => modelDefaultsOf(modelPathOf(backend)).shape
  const limitsOf = (backend: Backend): WorkTarget => ({ name: backend.name, limits: backendLimits(backend.config, workLimits), shape: shapeOf(backend) })

  // What /model_info says (SGLang's TaskType.accepts_image_input, http_server.py:231-251 at
  // d315eb72), else what the model's entry says
  function acceptsImage (backend: Backend): boolean {
    const said = backend.info.modelInfo?.has_image_understanding
    return typeof said === 'boolean' ? said : shapeOf(backend).acceptsImage
  }

  /** The field naming the request's reference image, if it has one. */
  const referenceField = (params: Record<string, unknown>, hasUpload: boolean) =>
    hasUpload ? 'input_reference' : params.reference_url !== undefined ? 'reference_url' : undefined

  function known (choice: string): Backend {
    const backend = backends.get(choice)
    if (!backend) throw new UnknownBackendError(choice, backends.names.join(', '))
    return backend
  }

  // Over its limits is the client's mistake whatever the backend's state: checked before admission
  function named (choice: string, params: Record<string, unknown>, hasUpload: boolean): Backend {
    const backend = known(choice)
    checkWork(params, limitsOf(backend))
    const reference = referenceField(params, hasUpload)
    if (reference && !acceptsImage(backend)) throw new ReferenceNotAcceptedError(reference, backend.name, { param: reference })
    const refusal = refusalOf(backend, maxQueuePerBackend)
    if (refusal) throw refusalError(backend, refusal)
    return backend
  }

  /**
   * The work of the request on one backend, priced by its raw key: labelling it would take a
   * catalog slot for a shape a backend not chosen would have run (another model's defaults).
   */
  function workOn (backend: Backend, params: Record<string, unknown>, hasUpload: boolean): Work {
    const workload = workloadOf(params, shapeOf(backend), hasUpload)
    return { ...workload, key: workloadKey(workload) }
  }

  /**
   * The routing policy's choice among the backends whose limits the request fits, up, with a
   * closed circuit and room in their queue; each sees the request as the work it would be there.
   */
  function auto (params: Record<string, unknown>, hasUpload: boolean): Backend {
    checkFinite(params)
    const reference = referenceField(params, hasUpload)
    const fitting = backends.all().filter((backend) => fitsWork(params, limitsOf(backend)) && (!reference || acceptsImage(backend)))
    if (reference && fitting.length === 0 && backends.all().some((backend) => fitsWork(params, limitsOf(backend)))) {
      const first = backends.all().find((backend) => !acceptsImage(backend))!
      throw new ReferenceNotAcceptedError(reference, `${first.name} (and every other that fits)`, { param: reference })
    }
    if (fitting.length === 0 && backends.all().length > 0) throw noBackendFitsError(params, backends.all().map(limitsOf))
    const refused = fitting.map((backend) => ({ backend, refusal: refusalOf(backend, maxQueuePerBackend) }))
    const measured = refused.map(({ backend }) => ({ replicas: backend.replicas.length, expectedServiceSeconds: backend.service.mean() }))
    const weights = capacityWeights(measured)
    const name = policy.choose(refused.map(({ backend, refusal }, i) => ({
      name: backend.name,
      available: refusal === null,
      // other clients' jobs too: they are ahead of this one all the same
      outstanding: outstanding(backend) + backend.replicas.reduce((sum, replica) => sum + replica.foreign, 0),
      expectedServiceSeconds: measured[i]!.expectedServiceSeconds,
      weight: weights[i]!,
      // The work ahead is the replica's the job would join, not the whole backend's
      ...workAhead(backend.service, [nextReplica(backend) ?? backend.replicas[0]!], workOn(backend, params, hasUpload))
    })))
    const backend = name === undefined ? undefined : backends.get(name)
    if (!backend) throw noBackendError(refused)
    return backend
  }

  return {
    /**
     * The backend (the named one, or the policy's for `auto`) and its least-loaded replica, for a
     * generation of `params`. Synchronous: the caller reserves the replica's slot before anything else can choose.
     */
    choose (choice: string | undefined, params: Record<string, unknown> = {}, { hasUpload = false }: WorkOptions = {}): Choice {
      const backend = choice && choice !== 'auto' ? named(choice, params, hasUpload) : auto(params, hasUpload)
      const workload = workloads.label(workloadOf(params, shapeOf(backend), hasUpload))
      return { backend, replica: chooseReplica(backend), workload }
    },

    /** The label the measures of `workload` carry (a batch's, src/jobs/batching.ts): bounded as every label is. */
    label: (workload: Workload): LabelledWorkload => workloads.label(workload),

    /** Refuses a request over the named backend's limits before it is sent (a paired run's template); `param` prefixes the field. */
    checkWork (choice: string, params: Record<string, unknown>, prefix = ''): void {
      checkWork(params, limitsOf(known(choice)), prefix)
    }
  }
}
export type Router = ReturnType<typeof createRouter>
