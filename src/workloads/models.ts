// What a model does with a request that leaves fields out, as SGLang resolves it (d315eb72,
// python/sglang/multimodal_gen/): the shape of the work the backend will actually run. The
// gateway never guesses per request: the defaults come from the backend's model.
//
// Over HTTP every video request has fps and seconds: 24 and 4 when omitted (runtime/entrypoints/
// utils.py DEFAULT_FPS, DEFAULT_VIDEO_SECONDS; openai/video_api.py:350-352 sets num_frames =
// fps x seconds), so a model's own num_frames default is never used over HTTP. Size and steps are
// the model's sampling defaults (configs/sample/wan.py), kept as the request's None is dropped
// (video_api.py:340-345). Wan's image-to-video configs floor the frame count to 4k+1
// (configs/pipeline_configs/wan.py:49-61, WanI2VCommonConfig, which Wan2.2-TI2V-5B inherits at
// :238); the text-to-video ones keep it. With sequence sharding on (every Wan pipeline,
// sampling_params.py:730-742) no frame adjustment for the GPU count follows.

export const httpDefaults = { fps: 24, seconds: 4 } as const

export interface ModelShape {
  /** The family this entry was written for, as the views name it. */
  family: string
  width: number
  height: number
  numInferenceSteps: number
  /** Frames are floored to `frameMultiple`k+1 (4 for Wan's image-to-video configs); 1 keeps any count. */
  frameMultiple: number
  /** Pixels per latent token along each side: the VAE's spatial stride times the DiT's patch (configs/models/dits/wanvideo.py:77). */
  pixelsPerToken: number
  /** Frames per latent frame: the VAE's temporal stride (configs/models/vaes/wanvae.py:61). */
  framesPerLatent: number
  /** Whether the model takes a reference image at all (SGLang's TaskType.accepts_image_input). */
  acceptsImage: boolean
}

// Wan2.2-TI2V-5B: 1280x704, 50 steps (configs/sample/wan.py:214-231), VAE stride (4, 16, 16)
// (pipeline_configs/wan.py:244), patch 1x2x2
const wan22Ti2v5b: ModelShape = {
  family: 'Wan2.2-TI2V-5B', width: 1280, height: 704, numInferenceSteps: 50, frameMultiple: 4, pixelsPerToken: 32, framesPerLatent: 4, acceptsImage: true
}

// Wan2.1 and the A14B models use the Wan2.1 VAE: stride (4, 8, 8) (configs/models/vaes/wanvae.py:61-62),
// and their text-to-video pipeline configs keep any frame count
const wan21 = { frameMultiple: 1, pixelsPerToken: 16, framesPerLatent: 4, acceptsImage: false }

const known: Array<{ match: RegExp, shape: ModelShape }> = [
  { match: /wan2\.2-ti2v-5b/i, shape: wan22Ti2v5b },
  // configs/sample/wan.py:44-57 (832x480, 50 steps)
  {
    match: /wan2\.1-t2v-1\.3b/i,
    shape: { ...wan21, family: 'Wan2.1-T2V-1.3B', width: 832, height: 480, numInferenceSteps: 50 }
  },
  // configs/sample/wan.py:78-91 (1280x720, 50 steps)
  {
    match: /wan2\.1-t2v-14b/i,
    shape: { ...wan21, family: 'Wan2.1-T2V-14B', width: 1280, height: 720, numInferenceSteps: 50 }
  },
  // configs/sample/wan.py:234-241 (40 steps; the Wan2.1 14B size)
  {
    match: /wan2\.2-t2v-a14b/i,
    shape: { ...wan21, family: 'Wan2.2-T2V-A14B', width: 1280, height: 720, numInferenceSteps: 40 }
  }
]

export interface ModelDefaults {
  shape: ModelShape
  /** False when the model is none of those above: Wan2.2-TI2V-5B's shape is assumed, and the view says so. */
  known: boolean
}

/** The defaults of the model a backend serves (its model path, as /model_info or its configuration names it). */
export function modelDefaultsOf (modelPath: string | null | undefined): ModelDefaults {
  const found = modelPath ? known.find(({ match }) => match.test(modelPath)) : undefined
  return found ? { shape: found.shape, known: true } : { shape: wan22Ti2v5b, known: false }
}
