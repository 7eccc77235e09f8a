/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/docs.test.ts > TAP > the OpenAPI document at /docs/json describes every route, and /docs serves its UI > documented paths 1`] = `
Array [
  "/",
  "/compare",
  "/compare/runs/{id}",
  "/health",
  "/health/live",
  "/health/ready",
  "/health_generate",
  "/liveness",
  "/metrics",
  "/model_info",
  "/server_info",
  "/v1/backends",
  "/v1/compare",
  "/v1/compare.md",
  "/v1/compare/runs",
  "/v1/compare/runs/{id}",
  "/v1/compare/runs/{id}.md",
  "/v1/compare/runs/{id}/pairs/{index}/frames/{side}.png",
  "/v1/model_info",
  "/v1/models",
  "/v1/models/{*}",
  "/v1/plan",
  "/v1/plan.md",
  "/v1/video/generate",
  "/v1/video/jobs/{id}",
  "/v1/video/jobs/{id}/content",
  "/v1/videos",
  "/v1/videos/characters",
  "/v1/videos/characters/{id}",
  "/v1/videos/edits",
  "/v1/videos/extensions",
  "/v1/videos/{id}",
  "/v1/videos/{id}/content",
  "/v1/videos/{id}/remix",
]
`

exports[`test/docs.test.ts > TAP > the OpenAPI document at /docs/json describes every route, and /docs serves its UI > the whole OpenAPI document 1`] = `
Object {
  "components": Object {
    "schemas": Object {
      "ErrorResponse": Object {
        "properties": Object {
          "backend": Object {
            "type": "string",
          },
          "code": Object {
            "description": "Stable error code, RINGSIDE_* for the gateway's own",
            "type": "string",
          },
          "error": Object {
            "type": "string",
          },
          "message": Object {
            "description": "What went wrong, naming the field or the backend",
            "type": "string",
          },
          "statusCode": Object {
            "type": "integer",
          },
        },
        "required": Array [
          "statusCode",
          "code",
          "error",
          "message",
        ],
        "title": "Error",
        "type": "object",
      },
    },
  },
  "info": Object {
    "description": "Gateway in front of SGLang diffusion backends: video generation, job lifecycle, stage and GPU memory metrics, and a live comparison of parallel configurations.",
    "title": "Ringside",
    "version": "0.1.0",
  },
  "openapi": "3.0.3",
  "paths": Object {
    "/": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "type": "string",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The landing page: the backends behind the gateway and links to the comparison, the API and the metrics",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/compare": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "query",
            "name": "baseline",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "in": "query",
            "name": "candidate",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "description": "The workload key to compare (see \`workloads\` in the answer); by default the one with the most samples on both sides",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "type": "string",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The live comparison as a page: the seed's tables, charts and summary, no script",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/compare/runs/{id}": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "description": "The workload key to compare (see \`workloads\` in the answer); by default the one with the most samples on both sides",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
              "type": "string",
            },
          },
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 100,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "type": "string",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/html": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "A paired run as a page: progress (refreshing while it runs), report (one workload's: \`workload\`), frames side by side",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/health": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "status": Object {
                      "enum": Array [
                        "ok",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "title": "SGLang status",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "description": "No backend is up (no body, as SGLang)",
          },
        },
        "summary": "SGLang's readiness: 200 when at least one backend is up",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/health_generate": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "status": Object {
                      "enum": Array [
                        "ok",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "title": "SGLang status",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "description": "No backend is up (no body, as SGLang)",
          },
        },
        "summary": "SGLang's readiness: 200 when at least one backend is up",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/health/live": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backends": Object {
                      "additionalProperties": Object {
                        "type": "boolean",
                      },
                      "type": "object",
                    },
                    "status": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The process is alive",
        "tags": Array [
          "operations",
        ],
      },
    },
    "/health/ready": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backends": Object {
                      "additionalProperties": Object {
                        "type": "boolean",
                      },
                      "type": "object",
                    },
                    "status": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backends": Object {
                      "additionalProperties": Object {
                        "type": "boolean",
                      },
                      "type": "object",
                    },
                    "status": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Ready when at least one backend is up",
        "tags": Array [
          "operations",
        ],
      },
    },
    "/liveness": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "status": Object {
                      "enum": Array [
                        "ok",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "status",
                  ],
                  "title": "SGLang status",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "SGLang's liveness: the gateway is accepting requests",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/metrics": Object {
      "get": Object {
        "responses": Object {},
        "summary": "Prometheus exposition (text format 0.0.4)",
        "tags": Array [
          "operations",
        ],
      },
    },
    "/model_info": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "additionalProperties": true,
                  "properties": Object {
                    "backend": Object {
                      "description": "Ringside: the backend this answer is from",
                      "type": "string",
                    },
                    "is_generation": Object {
                      "type": "boolean",
                    },
                    "model_path": Object {
                      "type": "string",
                    },
                    "model_type": Object {
                      "type": "string",
                    },
                    "task_type": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "model_path",
                    "backend",
                  ],
                  "title": "Model info (SGLang)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The first ready backend's /model_info, naming the backend",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/server_info": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "additionalProperties": true,
                  "properties": Object {
                    "backend": Object {
                      "description": "Ringside: the backend the top-level keys are from (the first one up)",
                      "type": "string",
                    },
                    "backends": Object {
                      "description": "Ringside: every backend's own /server_info, with its name",
                      "items": Object {
                        "additionalProperties": true,
                        "properties": Object {
                          "backend": Object {
                            "type": "string",
                          },
                          "up": Object {
                            "type": "boolean",
                          },
                        },
                        "required": Array [
                          "backend",
                          "up",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "dp_size": Object {
                      "type": "integer",
                    },
                    "model_path": Object {
                      "type": "string",
                    },
                    "served_model_name": Object {
                      "type": "string",
                    },
                    "tp_size": Object {
                      "type": "integer",
                    },
                    "version": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "model_path",
                    "backend",
                    "backends",
                  ],
                  "title": "Server info (SGLang)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The first ready backend's /server_info, and every backend's",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/v1/backends": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "data": Object {
                      "items": Object {
                        "properties": Object {
                          "expected_service_seconds": Object {
                            "description": "Moving average of observed service time, every workload together",
                            "nullable": true,
                            "type": "number",
                          },
                          "kv_gather_degree": Object {
                            "description": "SGLang's K/V-gather degree (1: not used)",
                            "type": "integer",
                          },
                          "model": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "name": Object {
                            "type": "string",
                          },
                          "num_gpus": Object {
                            "type": "integer",
                          },
                          "outstanding": Object {
                            "description": "Jobs submitted by this gateway not finished yet",
                            "type": "integer",
                          },
                          "replicas": Object {
                            "items": Object {
                              "properties": Object {
                                "circuit": Object {
                                  "anyOf": Array [
                                    Object {
                                      "enum": Array [
                                        "closed",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "half_open",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "open",
                                      ],
                                      "type": "string",
                                    },
                                  ],
                                  "description": "Circuit breaker: open takes no new work until its half-open probe succeeds",
                                },
                                "foreign": Object {
                                  "description": "Unfinished jobs on it that other clients sent (other gateway replicas, scripts), from its job list at the latest health check",
                                  "type": "integer",
                                },
                                "last_checked_at": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "last_error": Object {
                                  "description": "The latest failed health check or call (poll, submit), until one of the same kind succeeds; its low-level cause (which can name an address) for admin keys only",
                                  "nullable": true,
                                  "type": "string",
                                },
                                "last_error_at": Object {
                                  "description": "When last_error happened, ISO 8601",
                                  "nullable": true,
                                  "type": "string",
                                },
                                "outstanding": Object {
                                  "type": "integer",
                                },
                                "up": Object {
                                  "type": "boolean",
                                },
                                "url": Object {
                                  "description": "The replica's URL: shown to admin keys only (to everyone when no keys are configured)",
                                  "nullable": true,
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "url",
                                "up",
                                "outstanding",
                                "foreign",
                                "circuit",
                                "last_error",
                                "last_error_at",
                                "last_checked_at",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "reported": Object {
                            "description": "What the backend says on /v1/models",
                            "properties": Object {
                              "model": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "num_gpus": Object {
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "model",
                              "num_gpus",
                            ],
                            "type": "object",
                          },
                          "ring_degree": Object {
                            "type": "integer",
                          },
                          "sp_degree": Object {
                            "type": "integer",
                          },
                          "ulysses_degree": Object {
                            "type": "integer",
                          },
                          "up": Object {
                            "type": "boolean",
                          },
                          "warnings": Object {
                            "items": Object {
                              "type": "string",
                            },
                            "type": "array",
                          },
                          "workloads": Object {
                            "description": "Its mix: completed jobs this gateway keeps as comparison samples, by workload, the most common first",
                            "items": Object {
                              "properties": Object {
                                "completed": Object {
                                  "type": "integer",
                                },
                                "expected_service_seconds": Object {
                                  "description": "Moving average of this workload's observed service time here, what auto routing predicts it by; null for \`other\` (shapes pooled)",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "workload": Object {
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "workload",
                                "completed",
                                "expected_service_seconds",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                        },
                        "required": Array [
                          "name",
                          "up",
                          "sp_degree",
                          "ulysses_degree",
                          "ring_degree",
                          "kv_gather_degree",
                          "num_gpus",
                          "model",
                          "reported",
                          "warnings",
                          "outstanding",
                          "expected_service_seconds",
                          "workloads",
                          "replicas",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "object": Object {
                      "enum": Array [
                        "list",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "object",
                    "data",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Configured backends, their parallel config and health",
        "tags": Array [
          "operations",
        ],
      },
    },
    "/v1/compare": Object {
      "get": Object {
        "description": "JSON by default; Markdown with \`Accept: text/markdown\`, \`?format=md\` or \`/v1/compare.md\`. One workload per report (\`workload\`, else the one with the most samples on both sides); \`workloads\` lists every one seen, \`scaling\` the speedup of each against its size and the crossover.",
        "parameters": Array [
          Object {
            "in": "query",
            "name": "baseline",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "in": "query",
            "name": "candidate",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "description": "The workload key to compare (see \`workloads\` in the answer); by default the one with the most samples on both sides",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
              "type": "string",
            },
          },
          Object {
            "description": "Overrides the Accept header",
            "in": "query",
            "name": "format",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "json",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "md",
                  ],
                  "type": "string",
                },
              ],
            },
          },
          Object {
            "description": "Where the numbers come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set",
            "in": "query",
            "name": "source",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "gateway",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "prometheus",
                  ],
                  "type": "string",
                },
              ],
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "baseline": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "candidate": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "cost": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "parallel_efficiency": Object {
                              "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                              "nullable": true,
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                            "parallel_efficiency",
                            "note",
                          ],
                          "type": "object",
                        },
                        "denoise_steps": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "generated_at": Object {
                          "type": "string",
                        },
                        "memory": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "candidate": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "delta": Object {
                                "description": "candidate - baseline",
                                "nullable": true,
                                "type": "number",
                              },
                              "n": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "unit": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "name",
                              "unit",
                              "baseline",
                              "candidate",
                              "delta",
                              "n",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "parity": Object {
                          "nullable": true,
                          "properties": Object {
                            "flagged": Object {
                              "description": "Pairs below the SSIM threshold",
                              "type": "integer",
                            },
                            "measured": Object {
                              "type": "boolean",
                            },
                            "min_ssim": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs": Object {
                              "items": Object {
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "reason": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "threshold_ssim": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "measured",
                            "threshold_ssim",
                            "reason",
                            "flagged",
                            "min_ssim",
                            "pairs",
                          ],
                          "type": "object",
                        },
                        "queue_wait": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "scaling": Object {
                          "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                          "properties": Object {
                            "crossover": Object {
                              "properties": Object {
                                "denoising": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "denoising",
                                "total",
                              ],
                              "type": "object",
                            },
                            "points": Object {
                              "description": "Each observed workload but other, smallest work first",
                              "items": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "tokens": Object {
                                    "nullable": true,
                                    "type": "integer",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "workload": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "workload",
                                  "name",
                                  "tokens",
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "points",
                            "crossover",
                          ],
                          "type": "object",
                        },
                        "source": Object {
                          "description": "prometheus: every gateway replica Prometheus scrapes (means and counts, no intervals); gateway: this instance's completed jobs since start",
                          "type": "string",
                        },
                        "source_note": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "stages": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "summary": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "total": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "significant": Object {
                              "description": "The interval excludes 1.00x",
                              "nullable": true,
                              "type": "boolean",
                            },
                            "speedup": Object {
                              "description": "baseline mean / candidate mean",
                              "nullable": true,
                              "type": "number",
                            },
                            "speedup_ci95": Object {
                              "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                              "nullable": true,
                              "properties": Object {
                                "high": Object {
                                  "type": "number",
                                },
                                "low": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "low",
                                "high",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "name",
                            "baseline",
                            "candidate",
                            "speedup",
                            "speedup_ci95",
                            "significant",
                            "note",
                          ],
                          "type": "object",
                        },
                        "verdict": Object {
                          "description": "The summary as one paragraph, in the seed page's style",
                          "type": "string",
                        },
                        "workload": Object {
                          "description": "The one workload this report compares; null when its samples were not labelled",
                          "nullable": true,
                          "type": "string",
                        },
                        "workload_choice": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "requested",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "most samples",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whether the request named the workload or it is the one with the most samples on both sides",
                        },
                        "workloads": Object {
                          "description": "Every workload seen on either side, the most comparable first",
                          "items": Object {
                            "properties": Object {
                              "key": Object {
                                "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                "type": "string",
                              },
                              "n": Object {
                                "description": "Completed jobs of it on each side",
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "description": "The DiT's sequence length of one video of it; null for other",
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "key",
                              "name",
                              "tokens",
                              "n",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "workload",
                        "baseline",
                        "candidate",
                        "stages",
                        "total",
                        "queue_wait",
                        "memory",
                        "cost",
                        "denoise_steps",
                        "parity",
                        "summary",
                        "verdict",
                        "workload_choice",
                        "workloads",
                        "scaling",
                        "generated_at",
                        "source",
                        "source_note",
                      ],
                      "title": "Live comparison",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "baseline": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "candidate": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "cost": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "parallel_efficiency": Object {
                              "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                              "nullable": true,
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                            "parallel_efficiency",
                            "note",
                          ],
                          "type": "object",
                        },
                        "denoise_steps": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "generated_at": Object {
                          "type": "string",
                        },
                        "memory": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "candidate": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "delta": Object {
                                "description": "candidate - baseline",
                                "nullable": true,
                                "type": "number",
                              },
                              "n": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "unit": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "name",
                              "unit",
                              "baseline",
                              "candidate",
                              "delta",
                              "n",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "parity": Object {
                          "nullable": true,
                          "properties": Object {
                            "flagged": Object {
                              "description": "Pairs below the SSIM threshold",
                              "type": "integer",
                            },
                            "measured": Object {
                              "type": "boolean",
                            },
                            "min_ssim": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs": Object {
                              "items": Object {
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "reason": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "threshold_ssim": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "measured",
                            "threshold_ssim",
                            "reason",
                            "flagged",
                            "min_ssim",
                            "pairs",
                          ],
                          "type": "object",
                        },
                        "queue_wait": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "scaling": Object {
                          "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                          "properties": Object {
                            "crossover": Object {
                              "properties": Object {
                                "denoising": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "denoising",
                                "total",
                              ],
                              "type": "object",
                            },
                            "points": Object {
                              "description": "Each observed workload but other, smallest work first",
                              "items": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "tokens": Object {
                                    "nullable": true,
                                    "type": "integer",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "workload": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "workload",
                                  "name",
                                  "tokens",
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "points",
                            "crossover",
                          ],
                          "type": "object",
                        },
                        "source": Object {
                          "description": "prometheus: every gateway replica Prometheus scrapes (means and counts, no intervals); gateway: this instance's completed jobs since start",
                          "type": "string",
                        },
                        "source_note": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "stages": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "summary": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "total": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "significant": Object {
                              "description": "The interval excludes 1.00x",
                              "nullable": true,
                              "type": "boolean",
                            },
                            "speedup": Object {
                              "description": "baseline mean / candidate mean",
                              "nullable": true,
                              "type": "number",
                            },
                            "speedup_ci95": Object {
                              "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                              "nullable": true,
                              "properties": Object {
                                "high": Object {
                                  "type": "number",
                                },
                                "low": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "low",
                                "high",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "name",
                            "baseline",
                            "candidate",
                            "speedup",
                            "speedup_ci95",
                            "significant",
                            "note",
                          ],
                          "type": "object",
                        },
                        "verdict": Object {
                          "description": "The summary as one paragraph, in the seed page's style",
                          "type": "string",
                        },
                        "workload": Object {
                          "description": "The one workload this report compares; null when its samples were not labelled",
                          "nullable": true,
                          "type": "string",
                        },
                        "workload_choice": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "requested",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "most samples",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whether the request named the workload or it is the one with the most samples on both sides",
                        },
                        "workloads": Object {
                          "description": "Every workload seen on either side, the most comparable first",
                          "items": Object {
                            "properties": Object {
                              "key": Object {
                                "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                "type": "string",
                              },
                              "n": Object {
                                "description": "Completed jobs of it on each side",
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "description": "The DiT's sequence length of one video of it; null for other",
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "key",
                              "name",
                              "tokens",
                              "n",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "workload",
                        "baseline",
                        "candidate",
                        "stages",
                        "total",
                        "queue_wait",
                        "memory",
                        "cost",
                        "denoise_steps",
                        "parity",
                        "summary",
                        "verdict",
                        "workload_choice",
                        "workloads",
                        "scaling",
                        "generated_at",
                        "source",
                        "source_note",
                      ],
                      "title": "Live comparison",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The seed page's tables from live traffic, one workload: stage times, speedups with intervals, memory, cost, summary, speedup by work size",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/compare.md": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "query",
            "name": "baseline",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "in": "query",
            "name": "candidate",
            "required": true,
            "schema": Object {
              "default": "u1r2",
              "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
              "type": "string",
            },
          },
          Object {
            "description": "The workload key to compare (see \`workloads\` in the answer); by default the one with the most samples on both sides",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
              "type": "string",
            },
          },
          Object {
            "description": "Overrides the Accept header",
            "in": "query",
            "name": "format",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "json",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "md",
                  ],
                  "type": "string",
                },
              ],
            },
          },
          Object {
            "description": "Where the numbers come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set",
            "in": "query",
            "name": "source",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "gateway",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "prometheus",
                  ],
                  "type": "string",
                },
              ],
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "baseline": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "candidate": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "cost": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "parallel_efficiency": Object {
                              "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                              "nullable": true,
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                            "parallel_efficiency",
                            "note",
                          ],
                          "type": "object",
                        },
                        "denoise_steps": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "generated_at": Object {
                          "type": "string",
                        },
                        "memory": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "candidate": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "delta": Object {
                                "description": "candidate - baseline",
                                "nullable": true,
                                "type": "number",
                              },
                              "n": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "unit": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "name",
                              "unit",
                              "baseline",
                              "candidate",
                              "delta",
                              "n",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "parity": Object {
                          "nullable": true,
                          "properties": Object {
                            "flagged": Object {
                              "description": "Pairs below the SSIM threshold",
                              "type": "integer",
                            },
                            "measured": Object {
                              "type": "boolean",
                            },
                            "min_ssim": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs": Object {
                              "items": Object {
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "reason": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "threshold_ssim": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "measured",
                            "threshold_ssim",
                            "reason",
                            "flagged",
                            "min_ssim",
                            "pairs",
                          ],
                          "type": "object",
                        },
                        "queue_wait": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "scaling": Object {
                          "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                          "properties": Object {
                            "crossover": Object {
                              "properties": Object {
                                "denoising": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "denoising",
                                "total",
                              ],
                              "type": "object",
                            },
                            "points": Object {
                              "description": "Each observed workload but other, smallest work first",
                              "items": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "tokens": Object {
                                    "nullable": true,
                                    "type": "integer",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "workload": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "workload",
                                  "name",
                                  "tokens",
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "points",
                            "crossover",
                          ],
                          "type": "object",
                        },
                        "source": Object {
                          "description": "prometheus: every gateway replica Prometheus scrapes (means and counts, no intervals); gateway: this instance's completed jobs since start",
                          "type": "string",
                        },
                        "source_note": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "stages": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "summary": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "total": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "significant": Object {
                              "description": "The interval excludes 1.00x",
                              "nullable": true,
                              "type": "boolean",
                            },
                            "speedup": Object {
                              "description": "baseline mean / candidate mean",
                              "nullable": true,
                              "type": "number",
                            },
                            "speedup_ci95": Object {
                              "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                              "nullable": true,
                              "properties": Object {
                                "high": Object {
                                  "type": "number",
                                },
                                "low": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "low",
                                "high",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "name",
                            "baseline",
                            "candidate",
                            "speedup",
                            "speedup_ci95",
                            "significant",
                            "note",
                          ],
                          "type": "object",
                        },
                        "verdict": Object {
                          "description": "The summary as one paragraph, in the seed page's style",
                          "type": "string",
                        },
                        "workload": Object {
                          "description": "The one workload this report compares; null when its samples were not labelled",
                          "nullable": true,
                          "type": "string",
                        },
                        "workload_choice": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "requested",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "most samples",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whether the request named the workload or it is the one with the most samples on both sides",
                        },
                        "workloads": Object {
                          "description": "Every workload seen on either side, the most comparable first",
                          "items": Object {
                            "properties": Object {
                              "key": Object {
                                "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                "type": "string",
                              },
                              "n": Object {
                                "description": "Completed jobs of it on each side",
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "description": "The DiT's sequence length of one video of it; null for other",
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "key",
                              "name",
                              "tokens",
                              "n",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "workload",
                        "baseline",
                        "candidate",
                        "stages",
                        "total",
                        "queue_wait",
                        "memory",
                        "cost",
                        "denoise_steps",
                        "parity",
                        "summary",
                        "verdict",
                        "workload_choice",
                        "workloads",
                        "scaling",
                        "generated_at",
                        "source",
                        "source_note",
                      ],
                      "title": "Live comparison",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The live comparison as Markdown",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/compare/runs": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "data": Object {
                      "items": Object {
                        "properties": Object {
                          "baseline": Object {
                            "type": "string",
                          },
                          "cancel_policy": Object {
                            "type": "string",
                          },
                          "candidate": Object {
                            "type": "string",
                          },
                          "created_at": Object {
                            "type": "string",
                          },
                          "error": Object {
                            "description": "Why the run failed; the pairs measured before are kept",
                            "nullable": true,
                            "type": "string",
                          },
                          "finished_at": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "id": Object {
                            "type": "string",
                          },
                          "links": Object {
                            "properties": Object {
                              "markdown": Object {
                                "type": "string",
                              },
                              "page": Object {
                                "type": "string",
                              },
                              "self": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "self",
                              "markdown",
                              "page",
                            ],
                            "type": "object",
                          },
                          "object": Object {
                            "enum": Array [
                              "compare.run",
                            ],
                            "type": "string",
                          },
                          "pairs": Object {
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "duration_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "error": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "job_id": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "job_id",
                                    "status",
                                    "error",
                                    "duration_seconds",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "duration_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "error": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "job_id": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "job_id",
                                    "status",
                                    "error",
                                    "duration_seconds",
                                  ],
                                  "type": "object",
                                },
                                "frames": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "baseline": Object {
                                      "type": "string",
                                    },
                                    "candidate": Object {
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "index": Object {
                                  "type": "integer",
                                },
                                "parity": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "error": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "ok": Object {
                                      "description": "SSIM at or above the threshold",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "psnr": Object {
                                      "description": "dB; null when the outputs are identical",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "ssim": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "ssim",
                                    "psnr",
                                    "ok",
                                    "error",
                                  ],
                                  "type": "object",
                                },
                                "seed": Object {
                                  "type": "integer",
                                },
                                "sweep": Object {
                                  "description": "Which entry of the sweep this pair ran (0 without one)",
                                  "type": "integer",
                                },
                                "workload": Object {
                                  "description": "The workload key its jobs ran as, once submitted",
                                  "nullable": true,
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "index",
                                "seed",
                                "sweep",
                                "workload",
                                "baseline",
                                "candidate",
                                "parity",
                                "frames",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "progress": Object {
                            "properties": Object {
                              "elapsed_seconds": Object {
                                "type": "number",
                              },
                              "eta_seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "pairs_done": Object {
                                "type": "integer",
                              },
                              "pairs_total": Object {
                                "type": "integer",
                              },
                              "warmup_done": Object {
                                "type": "integer",
                              },
                              "warmup_total": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "pairs_done",
                              "pairs_total",
                              "warmup_done",
                              "warmup_total",
                              "elapsed_seconds",
                              "eta_seconds",
                            ],
                            "type": "object",
                          },
                          "report": Object {
                            "description": "The report of the workload with the most pairs",
                            "nullable": true,
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "cost": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "parallel_efficiency": Object {
                                    "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                  "parallel_efficiency",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "denoise_steps": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "memory": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "candidate": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "delta": Object {
                                      "description": "candidate - baseline",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "properties": Object {
                                        "baseline": Object {
                                          "type": "integer",
                                        },
                                        "candidate": Object {
                                          "type": "integer",
                                        },
                                      },
                                      "required": Array [
                                        "baseline",
                                        "candidate",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "unit": Object {
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "unit",
                                    "baseline",
                                    "candidate",
                                    "delta",
                                    "n",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "parity": Object {
                                "nullable": true,
                                "properties": Object {
                                  "flagged": Object {
                                    "description": "Pairs below the SSIM threshold",
                                    "type": "integer",
                                  },
                                  "measured": Object {
                                    "type": "boolean",
                                  },
                                  "min_ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "pairs": Object {
                                    "items": Object {
                                      "properties": Object {
                                        "error": Object {
                                          "nullable": true,
                                          "type": "string",
                                        },
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "ok": Object {
                                          "description": "SSIM at or above the threshold",
                                          "nullable": true,
                                          "type": "boolean",
                                        },
                                        "psnr": Object {
                                          "description": "dB; null when the outputs are identical",
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "ssim": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "ssim",
                                        "psnr",
                                        "ok",
                                        "error",
                                      ],
                                      "type": "object",
                                    },
                                    "type": "array",
                                  },
                                  "reason": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "threshold_ssim": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "measured",
                                  "threshold_ssim",
                                  "reason",
                                  "flagged",
                                  "min_ssim",
                                  "pairs",
                                ],
                                "type": "object",
                              },
                              "queue_wait": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "stages": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "significant": Object {
                                      "description": "The interval excludes 1.00x",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "speedup": Object {
                                      "description": "baseline mean / candidate mean",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "speedup_ci95": Object {
                                      "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                      "nullable": true,
                                      "properties": Object {
                                        "high": Object {
                                          "type": "number",
                                        },
                                        "low": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "low",
                                        "high",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "baseline",
                                    "candidate",
                                    "speedup",
                                    "speedup_ci95",
                                    "significant",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "summary": Object {
                                "items": Object {
                                  "type": "string",
                                },
                                "type": "array",
                              },
                              "total": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "significant": Object {
                                    "description": "The interval excludes 1.00x",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "speedup": Object {
                                    "description": "baseline mean / candidate mean",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "speedup_ci95": Object {
                                    "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "baseline",
                                  "candidate",
                                  "speedup",
                                  "speedup_ci95",
                                  "significant",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "verdict": Object {
                                "description": "The summary as one paragraph, in the seed page's style",
                                "type": "string",
                              },
                              "workload": Object {
                                "description": "The one workload this report compares; null when its samples were not labelled",
                                "nullable": true,
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "baseline",
                              "candidate",
                              "stages",
                              "total",
                              "queue_wait",
                              "memory",
                              "cost",
                              "denoise_steps",
                              "parity",
                              "summary",
                              "verdict",
                            ],
                            "type": "object",
                          },
                          "reports": Object {
                            "description": "One report per workload the run measured",
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "kv_gather_degree": Object {
                                      "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                      "type": "integer",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "ring_degree": Object {
                                      "type": "integer",
                                    },
                                    "sp_degree": Object {
                                      "type": "integer",
                                    },
                                    "ulysses_degree": Object {
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "sp_degree",
                                    "ulysses_degree",
                                    "ring_degree",
                                    "kv_gather_degree",
                                    "num_gpus",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "kv_gather_degree": Object {
                                      "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                      "type": "integer",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "ring_degree": Object {
                                      "type": "integer",
                                    },
                                    "sp_degree": Object {
                                      "type": "integer",
                                    },
                                    "ulysses_degree": Object {
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "sp_degree",
                                    "ulysses_degree",
                                    "ring_degree",
                                    "kv_gather_degree",
                                    "num_gpus",
                                  ],
                                  "type": "object",
                                },
                                "cost": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "gpu_seconds_per_video": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "type": "integer",
                                        },
                                        "num_gpus": Object {
                                          "type": "integer",
                                        },
                                        "videos_per_gpu_hour": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "num_gpus",
                                        "gpu_seconds_per_video",
                                        "videos_per_gpu_hour",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "gpu_seconds_per_video": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "type": "integer",
                                        },
                                        "num_gpus": Object {
                                          "type": "integer",
                                        },
                                        "videos_per_gpu_hour": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "num_gpus",
                                        "gpu_seconds_per_video",
                                        "videos_per_gpu_hour",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "parallel_efficiency": Object {
                                      "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                    "parallel_efficiency",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "denoise_steps": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "cv": Object {
                                          "description": "Coefficient of variation of step times: ring stalls show here",
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "max_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "slowest_step": Object {
                                          "nullable": true,
                                          "properties": Object {
                                            "index": Object {
                                              "type": "integer",
                                            },
                                            "mean_seconds": Object {
                                              "type": "number",
                                            },
                                          },
                                          "required": Array [
                                            "index",
                                            "mean_seconds",
                                          ],
                                          "type": "object",
                                        },
                                        "steps": Object {
                                          "description": "Denoising steps measured, all jobs together",
                                          "type": "integer",
                                        },
                                      },
                                      "required": Array [
                                        "steps",
                                        "mean_seconds",
                                        "cv",
                                        "max_seconds",
                                        "slowest_step",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "cv": Object {
                                          "description": "Coefficient of variation of step times: ring stalls show here",
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "max_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "slowest_step": Object {
                                          "nullable": true,
                                          "properties": Object {
                                            "index": Object {
                                              "type": "integer",
                                            },
                                            "mean_seconds": Object {
                                              "type": "number",
                                            },
                                          },
                                          "required": Array [
                                            "index",
                                            "mean_seconds",
                                          ],
                                          "type": "object",
                                        },
                                        "steps": Object {
                                          "description": "Denoising steps measured, all jobs together",
                                          "type": "integer",
                                        },
                                      },
                                      "required": Array [
                                        "steps",
                                        "mean_seconds",
                                        "cv",
                                        "max_seconds",
                                        "slowest_step",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "memory": Object {
                                  "items": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "candidate": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "delta": Object {
                                        "description": "candidate - baseline",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "name": Object {
                                        "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                        "type": "string",
                                      },
                                      "note": Object {
                                        "nullable": true,
                                        "type": "string",
                                      },
                                      "unit": Object {
                                        "type": "string",
                                      },
                                    },
                                    "required": Array [
                                      "name",
                                      "unit",
                                      "baseline",
                                      "candidate",
                                      "delta",
                                      "n",
                                      "note",
                                    ],
                                    "type": "object",
                                  },
                                  "type": "array",
                                },
                                "parity": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "flagged": Object {
                                      "description": "Pairs below the SSIM threshold",
                                      "type": "integer",
                                    },
                                    "measured": Object {
                                      "type": "boolean",
                                    },
                                    "min_ssim": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "pairs": Object {
                                      "items": Object {
                                        "properties": Object {
                                          "error": Object {
                                            "nullable": true,
                                            "type": "string",
                                          },
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "ok": Object {
                                            "description": "SSIM at or above the threshold",
                                            "nullable": true,
                                            "type": "boolean",
                                          },
                                          "psnr": Object {
                                            "description": "dB; null when the outputs are identical",
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "ssim": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "ssim",
                                          "psnr",
                                          "ok",
                                          "error",
                                        ],
                                        "type": "object",
                                      },
                                      "type": "array",
                                    },
                                    "reason": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "threshold_ssim": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "measured",
                                    "threshold_ssim",
                                    "reason",
                                    "flagged",
                                    "min_ssim",
                                    "pairs",
                                  ],
                                  "type": "object",
                                },
                                "queue_wait": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "stages": Object {
                                  "items": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "properties": Object {
                                          "mean_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "n": Object {
                                            "description": "Samples behind the figures",
                                            "type": "integer",
                                          },
                                          "p50_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "p95_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "sd_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "mean_seconds",
                                          "sd_seconds",
                                          "p50_seconds",
                                          "p95_seconds",
                                          "n",
                                        ],
                                        "type": "object",
                                      },
                                      "candidate": Object {
                                        "properties": Object {
                                          "mean_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "n": Object {
                                            "description": "Samples behind the figures",
                                            "type": "integer",
                                          },
                                          "p50_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "p95_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                          "sd_seconds": Object {
                                            "nullable": true,
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "mean_seconds",
                                          "sd_seconds",
                                          "p50_seconds",
                                          "p95_seconds",
                                          "n",
                                        ],
                                        "type": "object",
                                      },
                                      "name": Object {
                                        "type": "string",
                                      },
                                      "note": Object {
                                        "nullable": true,
                                        "type": "string",
                                      },
                                      "significant": Object {
                                        "description": "The interval excludes 1.00x",
                                        "nullable": true,
                                        "type": "boolean",
                                      },
                                      "speedup": Object {
                                        "description": "baseline mean / candidate mean",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "speedup_ci95": Object {
                                        "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                    },
                                    "required": Array [
                                      "name",
                                      "baseline",
                                      "candidate",
                                      "speedup",
                                      "speedup_ci95",
                                      "significant",
                                      "note",
                                    ],
                                    "type": "object",
                                  },
                                  "type": "array",
                                },
                                "summary": Object {
                                  "items": Object {
                                    "type": "string",
                                  },
                                  "type": "array",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "significant": Object {
                                      "description": "The interval excludes 1.00x",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "speedup": Object {
                                      "description": "baseline mean / candidate mean",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "speedup_ci95": Object {
                                      "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                      "nullable": true,
                                      "properties": Object {
                                        "high": Object {
                                          "type": "number",
                                        },
                                        "low": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "low",
                                        "high",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "baseline",
                                    "candidate",
                                    "speedup",
                                    "speedup_ci95",
                                    "significant",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "verdict": Object {
                                  "description": "The summary as one paragraph, in the seed page's style",
                                  "type": "string",
                                },
                                "workload": Object {
                                  "description": "The one workload this report compares; null when its samples were not labelled",
                                  "nullable": true,
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "workload",
                                "baseline",
                                "candidate",
                                "stages",
                                "total",
                                "queue_wait",
                                "memory",
                                "cost",
                                "denoise_steps",
                                "parity",
                                "summary",
                                "verdict",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "scaling": Object {
                            "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                            "nullable": true,
                            "properties": Object {
                              "crossover": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "faster": Object {
                                        "anyOf": Array [
                                          Object {
                                            "anyOf": Array [
                                              Object {
                                                "enum": Array [
                                                  "above",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "below",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "throughout",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "nowhere",
                                                ],
                                                "type": "string",
                                              },
                                            ],
                                            "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                          },
                                          Object {
                                            "enum": Array [
                                              null,
                                            ],
                                            "nullable": true,
                                            "type": "object",
                                          },
                                        ],
                                      },
                                      "note": Object {
                                        "type": "string",
                                      },
                                      "status": Object {
                                        "anyOf": Array [
                                          Object {
                                            "enum": Array [
                                              "crossed",
                                            ],
                                            "type": "string",
                                          },
                                          Object {
                                            "enum": Array [
                                              "not reached",
                                            ],
                                            "type": "string",
                                          },
                                          Object {
                                            "enum": Array [
                                              "no data",
                                            ],
                                            "type": "string",
                                          },
                                        ],
                                      },
                                      "tokens": Object {
                                        "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "tokens",
                                      "status",
                                      "faster",
                                      "note",
                                    ],
                                    "type": "object",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "faster": Object {
                                        "anyOf": Array [
                                          Object {
                                            "anyOf": Array [
                                              Object {
                                                "enum": Array [
                                                  "above",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "below",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "throughout",
                                                ],
                                                "type": "string",
                                              },
                                              Object {
                                                "enum": Array [
                                                  "nowhere",
                                                ],
                                                "type": "string",
                                              },
                                            ],
                                            "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                          },
                                          Object {
                                            "enum": Array [
                                              null,
                                            ],
                                            "nullable": true,
                                            "type": "object",
                                          },
                                        ],
                                      },
                                      "note": Object {
                                        "type": "string",
                                      },
                                      "status": Object {
                                        "anyOf": Array [
                                          Object {
                                            "enum": Array [
                                              "crossed",
                                            ],
                                            "type": "string",
                                          },
                                          Object {
                                            "enum": Array [
                                              "not reached",
                                            ],
                                            "type": "string",
                                          },
                                          Object {
                                            "enum": Array [
                                              "no data",
                                            ],
                                            "type": "string",
                                          },
                                        ],
                                      },
                                      "tokens": Object {
                                        "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "tokens",
                                      "status",
                                      "faster",
                                      "note",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "points": Object {
                                "description": "Each observed workload but other, smallest work first",
                                "items": Object {
                                  "properties": Object {
                                    "denoising": Object {
                                      "properties": Object {
                                        "ci95": Object {
                                          "nullable": true,
                                          "properties": Object {
                                            "high": Object {
                                              "type": "number",
                                            },
                                            "low": Object {
                                              "type": "number",
                                            },
                                          },
                                          "required": Array [
                                            "low",
                                            "high",
                                          ],
                                          "type": "object",
                                        },
                                        "n": Object {
                                          "properties": Object {
                                            "baseline": Object {
                                              "type": "integer",
                                            },
                                            "candidate": Object {
                                              "type": "integer",
                                            },
                                          },
                                          "required": Array [
                                            "baseline",
                                            "candidate",
                                          ],
                                          "type": "object",
                                        },
                                        "speedup": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "speedup",
                                        "ci95",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "tokens": Object {
                                      "nullable": true,
                                      "type": "integer",
                                    },
                                    "total": Object {
                                      "properties": Object {
                                        "ci95": Object {
                                          "nullable": true,
                                          "properties": Object {
                                            "high": Object {
                                              "type": "number",
                                            },
                                            "low": Object {
                                              "type": "number",
                                            },
                                          },
                                          "required": Array [
                                            "low",
                                            "high",
                                          ],
                                          "type": "object",
                                        },
                                        "n": Object {
                                          "properties": Object {
                                            "baseline": Object {
                                              "type": "integer",
                                            },
                                            "candidate": Object {
                                              "type": "integer",
                                            },
                                          },
                                          "required": Array [
                                            "baseline",
                                            "candidate",
                                          ],
                                          "type": "object",
                                        },
                                        "speedup": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "speedup",
                                        "ci95",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "workload": Object {
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "workload",
                                    "name",
                                    "tokens",
                                    "denoising",
                                    "total",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                            },
                            "required": Array [
                              "points",
                              "crossover",
                            ],
                            "type": "object",
                          },
                          "spec": Object {
                            "properties": Object {
                              "concurrency": Object {
                                "type": "integer",
                              },
                              "pairs": Object {
                                "description": "Pairs per workload",
                                "type": "integer",
                              },
                              "parity": Object {
                                "type": "boolean",
                              },
                              "template": Object {
                                "additionalProperties": Object {},
                                "type": "object",
                              },
                              "warmup": Object {
                                "type": "integer",
                              },
                              "workloads": Object {
                                "description": "The sweep; empty when the run is the template alone",
                                "items": Object {
                                  "additionalProperties": Object {},
                                  "type": "object",
                                },
                                "type": "array",
                              },
                            },
                            "required": Array [
                              "template",
                              "workloads",
                              "pairs",
                              "warmup",
                              "concurrency",
                              "parity",
                            ],
                            "type": "object",
                          },
                          "status": Object {
                            "description": "running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed",
                            "type": "string",
                          },
                          "workloads": Object {
                            "items": Object {
                              "properties": Object {
                                "key": Object {
                                  "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                  "type": "string",
                                },
                                "n": Object {
                                  "description": "Completed jobs of it on each side",
                                  "properties": Object {
                                    "baseline": Object {
                                      "type": "integer",
                                    },
                                    "candidate": Object {
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                  "nullable": true,
                                  "type": "string",
                                },
                                "tokens": Object {
                                  "description": "The DiT's sequence length of one video of it; null for other",
                                  "nullable": true,
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "key",
                                "name",
                                "tokens",
                                "n",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                        },
                        "required": Array [
                          "id",
                          "object",
                          "status",
                          "baseline",
                          "candidate",
                          "spec",
                          "created_at",
                          "finished_at",
                          "progress",
                          "error",
                          "cancel_policy",
                          "pairs",
                          "report",
                          "reports",
                          "workloads",
                          "scaling",
                          "links",
                        ],
                        "title": "Paired run",
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "object": Object {
                      "enum": Array [
                        "list",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "object",
                    "data",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Paired runs, newest first",
        "tags": Array [
          "compare",
        ],
      },
      "post": Object {
        "requestBody": Object {
          "content": Object {
            "application/json": Object {
              "schema": Object {
                "additionalProperties": false,
                "properties": Object {
                  "baseline": Object {
                    "default": "u1r2",
                    "description": "A configured backend name",
                    "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
                    "type": "string",
                  },
                  "candidate": Object {
                    "default": "u1r2",
                    "description": "A configured backend name",
                    "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$",
                    "type": "string",
                  },
                  "concurrency": Object {
                    "default": 1,
                    "description": "Pairs in flight at once",
                    "maximum": 32,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "pairs": Object {
                    "default": 5,
                    "maximum": 1000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "parity": Object {
                    "default": true,
                    "description": "Compare both outputs of every pair with ffmpeg (SSIM, PSNR)",
                    "type": "boolean",
                  },
                  "template": Object {
                    "additionalProperties": false,
                    "description": "The request both sides of every pair receive; \`seed\` is the first pair's seed, then +1 per pair",
                    "properties": Object {
                      "fps": Object {
                        "maximum": 120,
                        "minimum": 1,
                        "type": "integer",
                      },
                      "guidance_scale": Object {
                        "maximum": 100,
                        "minimum": 0,
                        "type": "number",
                      },
                      "model": Object {
                        "maxLength": 256,
                        "type": "string",
                      },
                      "n": Object {
                        "description": "As num_outputs_per_prompt, which wins when both are given",
                        "maximum": 1000000000,
                        "minimum": -1000000000,
                        "type": "integer",
                      },
                      "negative_prompt": Object {
                        "maxLength": 10000,
                        "type": "string",
                      },
                      "num_frames": Object {
                        "maximum": 2000,
                        "minimum": 1,
                        "type": "integer",
                      },
                      "num_inference_steps": Object {
                        "maximum": 1000,
                        "minimum": 1,
                        "type": "integer",
                      },
                      "num_outputs_per_prompt": Object {
                        "description": "Videos to make for the prompt, 1 to 10 (SGLang clamps)",
                        "maximum": 1000000000,
                        "minimum": -1000000000,
                        "type": "integer",
                      },
                      "prompt": Object {
                        "maxLength": 10000,
                        "minLength": 1,
                        "type": "string",
                      },
                      "reference_url": Object {
                        "maxLength": 8192,
                        "pattern": "^(https?://|data:image/)",
                        "type": "string",
                      },
                      "seconds": Object {
                        "maximum": 60,
                        "minimum": 1,
                        "type": "integer",
                      },
                      "seed": Object {
                        "maximum": 4294967295,
                        "minimum": 0,
                        "type": "integer",
                      },
                      "size": Object {
                        "description": "WIDTHxHEIGHT, e.g. 1280x704",
                        "pattern": "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$",
                        "type": "string",
                      },
                    },
                    "required": Array [
                      "prompt",
                    ],
                    "type": "object",
                  },
                  "warmup": Object {
                    "default": 1,
                    "description": "Pairs run first and left out of the results",
                    "maximum": 100,
                    "minimum": 0,
                    "type": "integer",
                  },
                  "workloads": Object {
                    "description": "A sweep: \`pairs\` pairs of each workload, the template with these fields over it; same prompt and seeds on both sides for each",
                    "items": Object {
                      "additionalProperties": false,
                      "description": "Shape fields merged over the template for this workload",
                      "minProperties": 1,
                      "properties": Object {
                        "fps": Object {
                          "maximum": 120,
                          "minimum": 1,
                          "type": "integer",
                        },
                        "n": Object {
                          "description": "As num_outputs_per_prompt, which wins when both are given",
                          "maximum": 1000000000,
                          "minimum": -1000000000,
                          "type": "integer",
                        },
                        "num_frames": Object {
                          "maximum": 2000,
                          "minimum": 1,
                          "type": "integer",
                        },
                        "num_inference_steps": Object {
                          "maximum": 1000,
                          "minimum": 1,
                          "type": "integer",
                        },
                        "num_outputs_per_prompt": Object {
                          "description": "Videos to make for the prompt, 1 to 10 (SGLang clamps)",
                          "maximum": 1000000000,
                          "minimum": -1000000000,
                          "type": "integer",
                        },
                        "seconds": Object {
                          "maximum": 60,
                          "minimum": 1,
                          "type": "integer",
                        },
                        "size": Object {
                          "description": "WIDTHxHEIGHT, e.g. 1280x704",
                          "pattern": "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$",
                          "type": "string",
                        },
                      },
                      "type": "object",
                    },
                    "maxItems": 16,
                    "minItems": 1,
                    "type": "array",
                  },
                },
                "required": Array [
                  "template",
                ],
                "type": "object",
              },
            },
          },
          "required": true,
        },
        "responses": Object {
          "202": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "baseline": Object {
                      "type": "string",
                    },
                    "cancel_policy": Object {
                      "type": "string",
                    },
                    "candidate": Object {
                      "type": "string",
                    },
                    "created_at": Object {
                      "type": "string",
                    },
                    "error": Object {
                      "description": "Why the run failed; the pairs measured before are kept",
                      "nullable": true,
                      "type": "string",
                    },
                    "finished_at": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "links": Object {
                      "properties": Object {
                        "markdown": Object {
                          "type": "string",
                        },
                        "page": Object {
                          "type": "string",
                        },
                        "self": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "self",
                        "markdown",
                        "page",
                      ],
                      "type": "object",
                    },
                    "object": Object {
                      "enum": Array [
                        "compare.run",
                      ],
                      "type": "string",
                    },
                    "pairs": Object {
                      "items": Object {
                        "properties": Object {
                          "baseline": Object {
                            "properties": Object {
                              "duration_seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "job_id": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "status": Object {
                                "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "job_id",
                              "status",
                              "error",
                              "duration_seconds",
                            ],
                            "type": "object",
                          },
                          "candidate": Object {
                            "properties": Object {
                              "duration_seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "job_id": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "status": Object {
                                "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "job_id",
                              "status",
                              "error",
                              "duration_seconds",
                            ],
                            "type": "object",
                          },
                          "frames": Object {
                            "nullable": true,
                            "properties": Object {
                              "baseline": Object {
                                "type": "string",
                              },
                              "candidate": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "index": Object {
                            "type": "integer",
                          },
                          "parity": Object {
                            "nullable": true,
                            "properties": Object {
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "index": Object {
                                "type": "integer",
                              },
                              "ok": Object {
                                "description": "SSIM at or above the threshold",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "psnr": Object {
                                "description": "dB; null when the outputs are identical",
                                "nullable": true,
                                "type": "number",
                              },
                              "ssim": Object {
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "index",
                              "ssim",
                              "psnr",
                              "ok",
                              "error",
                            ],
                            "type": "object",
                          },
                          "seed": Object {
                            "type": "integer",
                          },
                          "sweep": Object {
                            "description": "Which entry of the sweep this pair ran (0 without one)",
                            "type": "integer",
                          },
                          "workload": Object {
                            "description": "The workload key its jobs ran as, once submitted",
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "index",
                          "seed",
                          "sweep",
                          "workload",
                          "baseline",
                          "candidate",
                          "parity",
                          "frames",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "progress": Object {
                      "properties": Object {
                        "elapsed_seconds": Object {
                          "type": "number",
                        },
                        "eta_seconds": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "pairs_done": Object {
                          "type": "integer",
                        },
                        "pairs_total": Object {
                          "type": "integer",
                        },
                        "warmup_done": Object {
                          "type": "integer",
                        },
                        "warmup_total": Object {
                          "type": "integer",
                        },
                      },
                      "required": Array [
                        "pairs_done",
                        "pairs_total",
                        "warmup_done",
                        "warmup_total",
                        "elapsed_seconds",
                        "eta_seconds",
                      ],
                      "type": "object",
                    },
                    "report": Object {
                      "description": "The report of the workload with the most pairs",
                      "nullable": true,
                      "properties": Object {
                        "baseline": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "candidate": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "cost": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "parallel_efficiency": Object {
                              "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                              "nullable": true,
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                            "parallel_efficiency",
                            "note",
                          ],
                          "type": "object",
                        },
                        "denoise_steps": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "memory": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "candidate": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "delta": Object {
                                "description": "candidate - baseline",
                                "nullable": true,
                                "type": "number",
                              },
                              "n": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "unit": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "name",
                              "unit",
                              "baseline",
                              "candidate",
                              "delta",
                              "n",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "parity": Object {
                          "nullable": true,
                          "properties": Object {
                            "flagged": Object {
                              "description": "Pairs below the SSIM threshold",
                              "type": "integer",
                            },
                            "measured": Object {
                              "type": "boolean",
                            },
                            "min_ssim": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs": Object {
                              "items": Object {
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "reason": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "threshold_ssim": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "measured",
                            "threshold_ssim",
                            "reason",
                            "flagged",
                            "min_ssim",
                            "pairs",
                          ],
                          "type": "object",
                        },
                        "queue_wait": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "stages": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "summary": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "total": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "significant": Object {
                              "description": "The interval excludes 1.00x",
                              "nullable": true,
                              "type": "boolean",
                            },
                            "speedup": Object {
                              "description": "baseline mean / candidate mean",
                              "nullable": true,
                              "type": "number",
                            },
                            "speedup_ci95": Object {
                              "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                              "nullable": true,
                              "properties": Object {
                                "high": Object {
                                  "type": "number",
                                },
                                "low": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "low",
                                "high",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "name",
                            "baseline",
                            "candidate",
                            "speedup",
                            "speedup_ci95",
                            "significant",
                            "note",
                          ],
                          "type": "object",
                        },
                        "verdict": Object {
                          "description": "The summary as one paragraph, in the seed page's style",
                          "type": "string",
                        },
                        "workload": Object {
                          "description": "The one workload this report compares; null when its samples were not labelled",
                          "nullable": true,
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "workload",
                        "baseline",
                        "candidate",
                        "stages",
                        "total",
                        "queue_wait",
                        "memory",
                        "cost",
                        "denoise_steps",
                        "parity",
                        "summary",
                        "verdict",
                      ],
                      "type": "object",
                    },
                    "reports": Object {
                      "description": "One report per workload the run measured",
                      "items": Object {
                        "properties": Object {
                          "baseline": Object {
                            "properties": Object {
                              "kv_gather_degree": Object {
                                "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                "type": "integer",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "num_gpus": Object {
                                "type": "integer",
                              },
                              "ring_degree": Object {
                                "type": "integer",
                              },
                              "sp_degree": Object {
                                "type": "integer",
                              },
                              "ulysses_degree": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "name",
                              "sp_degree",
                              "ulysses_degree",
                              "ring_degree",
                              "kv_gather_degree",
                              "num_gpus",
                            ],
                            "type": "object",
                          },
                          "candidate": Object {
                            "properties": Object {
                              "kv_gather_degree": Object {
                                "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                "type": "integer",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "num_gpus": Object {
                                "type": "integer",
                              },
                              "ring_degree": Object {
                                "type": "integer",
                              },
                              "sp_degree": Object {
                                "type": "integer",
                              },
                              "ulysses_degree": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "name",
                              "sp_degree",
                              "ulysses_degree",
                              "ring_degree",
                              "kv_gather_degree",
                              "num_gpus",
                            ],
                            "type": "object",
                          },
                          "cost": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "gpu_seconds_per_video": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "type": "integer",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "videos_per_gpu_hour": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "num_gpus",
                                  "gpu_seconds_per_video",
                                  "videos_per_gpu_hour",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "gpu_seconds_per_video": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "type": "integer",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "videos_per_gpu_hour": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "num_gpus",
                                  "gpu_seconds_per_video",
                                  "videos_per_gpu_hour",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "parallel_efficiency": Object {
                                "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                              "parallel_efficiency",
                              "note",
                            ],
                            "type": "object",
                          },
                          "denoise_steps": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "cv": Object {
                                    "description": "Coefficient of variation of step times: ring stalls show here",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "max_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "slowest_step": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "mean_seconds": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "mean_seconds",
                                    ],
                                    "type": "object",
                                  },
                                  "steps": Object {
                                    "description": "Denoising steps measured, all jobs together",
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "steps",
                                  "mean_seconds",
                                  "cv",
                                  "max_seconds",
                                  "slowest_step",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "cv": Object {
                                    "description": "Coefficient of variation of step times: ring stalls show here",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "max_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "slowest_step": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "mean_seconds": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "mean_seconds",
                                    ],
                                    "type": "object",
                                  },
                                  "steps": Object {
                                    "description": "Denoising steps measured, all jobs together",
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "steps",
                                  "mean_seconds",
                                  "cv",
                                  "max_seconds",
                                  "slowest_step",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "memory": Object {
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "candidate": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "delta": Object {
                                  "description": "candidate - baseline",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "type": "integer",
                                    },
                                    "candidate": Object {
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "unit": Object {
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "name",
                                "unit",
                                "baseline",
                                "candidate",
                                "delta",
                                "n",
                                "note",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "parity": Object {
                            "nullable": true,
                            "properties": Object {
                              "flagged": Object {
                                "description": "Pairs below the SSIM threshold",
                                "type": "integer",
                              },
                              "measured": Object {
                                "type": "boolean",
                              },
                              "min_ssim": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "pairs": Object {
                                "items": Object {
                                  "properties": Object {
                                    "error": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "ok": Object {
                                      "description": "SSIM at or above the threshold",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "psnr": Object {
                                      "description": "dB; null when the outputs are identical",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "ssim": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "ssim",
                                    "psnr",
                                    "ok",
                                    "error",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "reason": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "threshold_ssim": Object {
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "measured",
                              "threshold_ssim",
                              "reason",
                              "flagged",
                              "min_ssim",
                              "pairs",
                            ],
                            "type": "object",
                          },
                          "queue_wait": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "stages": Object {
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "significant": Object {
                                  "description": "The interval excludes 1.00x",
                                  "nullable": true,
                                  "type": "boolean",
                                },
                                "speedup": Object {
                                  "description": "baseline mean / candidate mean",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "speedup_ci95": Object {
                                  "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                  "nullable": true,
                                  "properties": Object {
                                    "high": Object {
                                      "type": "number",
                                    },
                                    "low": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "low",
                                    "high",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "name",
                                "baseline",
                                "candidate",
                                "speedup",
                                "speedup_ci95",
                                "significant",
                                "note",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "summary": Object {
                            "items": Object {
                              "type": "string",
                            },
                            "type": "array",
                          },
                          "total": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "verdict": Object {
                            "description": "The summary as one paragraph, in the seed page's style",
                            "type": "string",
                          },
                          "workload": Object {
                            "description": "The one workload this report compares; null when its samples were not labelled",
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "workload",
                          "baseline",
                          "candidate",
                          "stages",
                          "total",
                          "queue_wait",
                          "memory",
                          "cost",
                          "denoise_steps",
                          "parity",
                          "summary",
                          "verdict",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "scaling": Object {
                      "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                      "nullable": true,
                      "properties": Object {
                        "crossover": Object {
                          "properties": Object {
                            "denoising": Object {
                              "properties": Object {
                                "faster": Object {
                                  "anyOf": Array [
                                    Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "above",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "below",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "throughout",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "nowhere",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                      "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                    },
                                    Object {
                                      "enum": Array [
                                        null,
                                      ],
                                      "nullable": true,
                                      "type": "object",
                                    },
                                  ],
                                },
                                "note": Object {
                                  "type": "string",
                                },
                                "status": Object {
                                  "anyOf": Array [
                                    Object {
                                      "enum": Array [
                                        "crossed",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "not reached",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "no data",
                                      ],
                                      "type": "string",
                                    },
                                  ],
                                },
                                "tokens": Object {
                                  "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "tokens",
                                "status",
                                "faster",
                                "note",
                              ],
                              "type": "object",
                            },
                            "total": Object {
                              "properties": Object {
                                "faster": Object {
                                  "anyOf": Array [
                                    Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "above",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "below",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "throughout",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "nowhere",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                      "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                    },
                                    Object {
                                      "enum": Array [
                                        null,
                                      ],
                                      "nullable": true,
                                      "type": "object",
                                    },
                                  ],
                                },
                                "note": Object {
                                  "type": "string",
                                },
                                "status": Object {
                                  "anyOf": Array [
                                    Object {
                                      "enum": Array [
                                        "crossed",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "not reached",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "no data",
                                      ],
                                      "type": "string",
                                    },
                                  ],
                                },
                                "tokens": Object {
                                  "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "tokens",
                                "status",
                                "faster",
                                "note",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "denoising",
                            "total",
                          ],
                          "type": "object",
                        },
                        "points": Object {
                          "description": "Each observed workload but other, smallest work first",
                          "items": Object {
                            "properties": Object {
                              "denoising": Object {
                                "properties": Object {
                                  "ci95": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "speedup": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "speedup",
                                  "ci95",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "nullable": true,
                                "type": "integer",
                              },
                              "total": Object {
                                "properties": Object {
                                  "ci95": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "speedup": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "speedup",
                                  "ci95",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "name",
                              "tokens",
                              "denoising",
                              "total",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "points",
                        "crossover",
                      ],
                      "type": "object",
                    },
                    "spec": Object {
                      "properties": Object {
                        "concurrency": Object {
                          "type": "integer",
                        },
                        "pairs": Object {
                          "description": "Pairs per workload",
                          "type": "integer",
                        },
                        "parity": Object {
                          "type": "boolean",
                        },
                        "template": Object {
                          "additionalProperties": Object {},
                          "type": "object",
                        },
                        "warmup": Object {
                          "type": "integer",
                        },
                        "workloads": Object {
                          "description": "The sweep; empty when the run is the template alone",
                          "items": Object {
                            "additionalProperties": Object {},
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "template",
                        "workloads",
                        "pairs",
                        "warmup",
                        "concurrency",
                        "parity",
                      ],
                      "type": "object",
                    },
                    "status": Object {
                      "description": "running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed",
                      "type": "string",
                    },
                    "workloads": Object {
                      "items": Object {
                        "properties": Object {
                          "key": Object {
                            "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                            "type": "string",
                          },
                          "n": Object {
                            "description": "Completed jobs of it on each side",
                            "properties": Object {
                              "baseline": Object {
                                "type": "integer",
                              },
                              "candidate": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "name": Object {
                            "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                            "nullable": true,
                            "type": "string",
                          },
                          "tokens": Object {
                            "description": "The DiT's sequence length of one video of it; null for other",
                            "nullable": true,
                            "type": "integer",
                          },
                        },
                        "required": Array [
                          "key",
                          "name",
                          "tokens",
                          "n",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "status",
                    "baseline",
                    "candidate",
                    "spec",
                    "created_at",
                    "finished_at",
                    "progress",
                    "error",
                    "cancel_policy",
                    "pairs",
                    "report",
                    "reports",
                    "workloads",
                    "scaling",
                    "links",
                  ],
                  "title": "Paired run",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "413": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "415": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Start a paired run: the same request with the same seed on both backends, N times (per workload of a sweep)",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/compare/runs/{id}": Object {
      "delete": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 100,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "baseline": Object {
                      "type": "string",
                    },
                    "cancel_policy": Object {
                      "type": "string",
                    },
                    "candidate": Object {
                      "type": "string",
                    },
                    "created_at": Object {
                      "type": "string",
                    },
                    "error": Object {
                      "description": "Why the run failed; the pairs measured before are kept",
                      "nullable": true,
                      "type": "string",
                    },
                    "finished_at": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "links": Object {
                      "properties": Object {
                        "markdown": Object {
                          "type": "string",
                        },
                        "page": Object {
                          "type": "string",
                        },
                        "self": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "self",
                        "markdown",
                        "page",
                      ],
                      "type": "object",
                    },
                    "object": Object {
                      "enum": Array [
                        "compare.run",
                      ],
                      "type": "string",
                    },
                    "pairs": Object {
                      "items": Object {
                        "properties": Object {
                          "baseline": Object {
                            "properties": Object {
                              "duration_seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "job_id": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "status": Object {
                                "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "job_id",
                              "status",
                              "error",
                              "duration_seconds",
                            ],
                            "type": "object",
                          },
                          "candidate": Object {
                            "properties": Object {
                              "duration_seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "job_id": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "status": Object {
                                "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "job_id",
                              "status",
                              "error",
                              "duration_seconds",
                            ],
                            "type": "object",
                          },
                          "frames": Object {
                            "nullable": true,
                            "properties": Object {
                              "baseline": Object {
                                "type": "string",
                              },
                              "candidate": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "index": Object {
                            "type": "integer",
                          },
                          "parity": Object {
                            "nullable": true,
                            "properties": Object {
                              "error": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "index": Object {
                                "type": "integer",
                              },
                              "ok": Object {
                                "description": "SSIM at or above the threshold",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "psnr": Object {
                                "description": "dB; null when the outputs are identical",
                                "nullable": true,
                                "type": "number",
                              },
                              "ssim": Object {
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "index",
                              "ssim",
                              "psnr",
                              "ok",
                              "error",
                            ],
                            "type": "object",
                          },
                          "seed": Object {
                            "type": "integer",
                          },
                          "sweep": Object {
                            "description": "Which entry of the sweep this pair ran (0 without one)",
                            "type": "integer",
                          },
                          "workload": Object {
                            "description": "The workload key its jobs ran as, once submitted",
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "index",
                          "seed",
                          "sweep",
                          "workload",
                          "baseline",
                          "candidate",
                          "parity",
                          "frames",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "progress": Object {
                      "properties": Object {
                        "elapsed_seconds": Object {
                          "type": "number",
                        },
                        "eta_seconds": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "pairs_done": Object {
                          "type": "integer",
                        },
                        "pairs_total": Object {
                          "type": "integer",
                        },
                        "warmup_done": Object {
                          "type": "integer",
                        },
                        "warmup_total": Object {
                          "type": "integer",
                        },
                      },
                      "required": Array [
                        "pairs_done",
                        "pairs_total",
                        "warmup_done",
                        "warmup_total",
                        "elapsed_seconds",
                        "eta_seconds",
                      ],
                      "type": "object",
                    },
                    "report": Object {
                      "description": "The report of the workload with the most pairs",
                      "nullable": true,
                      "properties": Object {
                        "baseline": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "candidate": Object {
                          "properties": Object {
                            "kv_gather_degree": Object {
                              "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                              "type": "integer",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "num_gpus": Object {
                              "type": "integer",
                            },
                            "ring_degree": Object {
                              "type": "integer",
                            },
                            "sp_degree": Object {
                              "type": "integer",
                            },
                            "ulysses_degree": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "name",
                            "sp_degree",
                            "ulysses_degree",
                            "ring_degree",
                            "kv_gather_degree",
                            "num_gpus",
                          ],
                          "type": "object",
                        },
                        "cost": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "gpu_seconds_per_video": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "type": "integer",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "videos_per_gpu_hour": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "num_gpus",
                                "gpu_seconds_per_video",
                                "videos_per_gpu_hour",
                                "n",
                              ],
                              "type": "object",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "parallel_efficiency": Object {
                              "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                              "nullable": true,
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                            "parallel_efficiency",
                            "note",
                          ],
                          "type": "object",
                        },
                        "denoise_steps": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "cv": Object {
                                  "description": "Coefficient of variation of step times: ring stalls show here",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "max_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "slowest_step": Object {
                                  "nullable": true,
                                  "properties": Object {
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "mean_seconds": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "mean_seconds",
                                  ],
                                  "type": "object",
                                },
                                "steps": Object {
                                  "description": "Denoising steps measured, all jobs together",
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "steps",
                                "mean_seconds",
                                "cv",
                                "max_seconds",
                                "slowest_step",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "memory": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "candidate": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "delta": Object {
                                "description": "candidate - baseline",
                                "nullable": true,
                                "type": "number",
                              },
                              "n": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "unit": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "name",
                              "unit",
                              "baseline",
                              "candidate",
                              "delta",
                              "n",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "parity": Object {
                          "nullable": true,
                          "properties": Object {
                            "flagged": Object {
                              "description": "Pairs below the SSIM threshold",
                              "type": "integer",
                            },
                            "measured": Object {
                              "type": "boolean",
                            },
                            "min_ssim": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs": Object {
                              "items": Object {
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "reason": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "threshold_ssim": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "measured",
                            "threshold_ssim",
                            "reason",
                            "flagged",
                            "min_ssim",
                            "pairs",
                          ],
                          "type": "object",
                        },
                        "queue_wait": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "baseline",
                            "candidate",
                          ],
                          "type": "object",
                        },
                        "stages": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "summary": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "total": Object {
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "mean_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "description": "Samples behind the figures",
                                  "type": "integer",
                                },
                                "p50_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "p95_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "sd_seconds": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "mean_seconds",
                                "sd_seconds",
                                "p50_seconds",
                                "p95_seconds",
                                "n",
                              ],
                              "type": "object",
                            },
                            "name": Object {
                              "type": "string",
                            },
                            "note": Object {
                              "nullable": true,
                              "type": "string",
                            },
                            "significant": Object {
                              "description": "The interval excludes 1.00x",
                              "nullable": true,
                              "type": "boolean",
                            },
                            "speedup": Object {
                              "description": "baseline mean / candidate mean",
                              "nullable": true,
                              "type": "number",
                            },
                            "speedup_ci95": Object {
                              "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                              "nullable": true,
                              "properties": Object {
                                "high": Object {
                                  "type": "number",
                                },
                                "low": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "low",
                                "high",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "name",
                            "baseline",
                            "candidate",
                            "speedup",
                            "speedup_ci95",
                            "significant",
                            "note",
                          ],
                          "type": "object",
                        },
                        "verdict": Object {
                          "description": "The summary as one paragraph, in the seed page's style",
                          "type": "string",
                        },
                        "workload": Object {
                          "description": "The one workload this report compares; null when its samples were not labelled",
                          "nullable": true,
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "workload",
                        "baseline",
                        "candidate",
                        "stages",
                        "total",
                        "queue_wait",
                        "memory",
                        "cost",
                        "denoise_steps",
                        "parity",
                        "summary",
                        "verdict",
                      ],
                      "type": "object",
                    },
                    "reports": Object {
                      "description": "One report per workload the run measured",
                      "items": Object {
                        "properties": Object {
                          "baseline": Object {
                            "properties": Object {
                              "kv_gather_degree": Object {
                                "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                "type": "integer",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "num_gpus": Object {
                                "type": "integer",
                              },
                              "ring_degree": Object {
                                "type": "integer",
                              },
                              "sp_degree": Object {
                                "type": "integer",
                              },
                              "ulysses_degree": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "name",
                              "sp_degree",
                              "ulysses_degree",
                              "ring_degree",
                              "kv_gather_degree",
                              "num_gpus",
                            ],
                            "type": "object",
                          },
                          "candidate": Object {
                            "properties": Object {
                              "kv_gather_degree": Object {
                                "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                "type": "integer",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "num_gpus": Object {
                                "type": "integer",
                              },
                              "ring_degree": Object {
                                "type": "integer",
                              },
                              "sp_degree": Object {
                                "type": "integer",
                              },
                              "ulysses_degree": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "name",
                              "sp_degree",
                              "ulysses_degree",
                              "ring_degree",
                              "kv_gather_degree",
                              "num_gpus",
                            ],
                            "type": "object",
                          },
                          "cost": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "gpu_seconds_per_video": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "type": "integer",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "videos_per_gpu_hour": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "num_gpus",
                                  "gpu_seconds_per_video",
                                  "videos_per_gpu_hour",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "gpu_seconds_per_video": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "type": "integer",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "videos_per_gpu_hour": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "num_gpus",
                                  "gpu_seconds_per_video",
                                  "videos_per_gpu_hour",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "parallel_efficiency": Object {
                                "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                              "parallel_efficiency",
                              "note",
                            ],
                            "type": "object",
                          },
                          "denoise_steps": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "cv": Object {
                                    "description": "Coefficient of variation of step times: ring stalls show here",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "max_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "slowest_step": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "mean_seconds": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "mean_seconds",
                                    ],
                                    "type": "object",
                                  },
                                  "steps": Object {
                                    "description": "Denoising steps measured, all jobs together",
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "steps",
                                  "mean_seconds",
                                  "cv",
                                  "max_seconds",
                                  "slowest_step",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "cv": Object {
                                    "description": "Coefficient of variation of step times: ring stalls show here",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "max_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "slowest_step": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "mean_seconds": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "mean_seconds",
                                    ],
                                    "type": "object",
                                  },
                                  "steps": Object {
                                    "description": "Denoising steps measured, all jobs together",
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "steps",
                                  "mean_seconds",
                                  "cv",
                                  "max_seconds",
                                  "slowest_step",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "memory": Object {
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "candidate": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "delta": Object {
                                  "description": "candidate - baseline",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "n": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "type": "integer",
                                    },
                                    "candidate": Object {
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "baseline",
                                    "candidate",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "unit": Object {
                                  "type": "string",
                                },
                              },
                              "required": Array [
                                "name",
                                "unit",
                                "baseline",
                                "candidate",
                                "delta",
                                "n",
                                "note",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "parity": Object {
                            "nullable": true,
                            "properties": Object {
                              "flagged": Object {
                                "description": "Pairs below the SSIM threshold",
                                "type": "integer",
                              },
                              "measured": Object {
                                "type": "boolean",
                              },
                              "min_ssim": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "pairs": Object {
                                "items": Object {
                                  "properties": Object {
                                    "error": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "index": Object {
                                      "type": "integer",
                                    },
                                    "ok": Object {
                                      "description": "SSIM at or above the threshold",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "psnr": Object {
                                      "description": "dB; null when the outputs are identical",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "ssim": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "index",
                                    "ssim",
                                    "psnr",
                                    "ok",
                                    "error",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "reason": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "threshold_ssim": Object {
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "measured",
                              "threshold_ssim",
                              "reason",
                              "flagged",
                              "min_ssim",
                              "pairs",
                            ],
                            "type": "object",
                          },
                          "queue_wait": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "stages": Object {
                            "items": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "significant": Object {
                                  "description": "The interval excludes 1.00x",
                                  "nullable": true,
                                  "type": "boolean",
                                },
                                "speedup": Object {
                                  "description": "baseline mean / candidate mean",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "speedup_ci95": Object {
                                  "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                  "nullable": true,
                                  "properties": Object {
                                    "high": Object {
                                      "type": "number",
                                    },
                                    "low": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "low",
                                    "high",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "name",
                                "baseline",
                                "candidate",
                                "speedup",
                                "speedup_ci95",
                                "significant",
                                "note",
                              ],
                              "type": "object",
                            },
                            "type": "array",
                          },
                          "summary": Object {
                            "items": Object {
                              "type": "string",
                            },
                            "type": "array",
                          },
                          "total": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "mean_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "description": "Samples behind the figures",
                                    "type": "integer",
                                  },
                                  "p50_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "p95_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "sd_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "mean_seconds",
                                  "sd_seconds",
                                  "p50_seconds",
                                  "p95_seconds",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "note": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "significant": Object {
                                "description": "The interval excludes 1.00x",
                                "nullable": true,
                                "type": "boolean",
                              },
                              "speedup": Object {
                                "description": "baseline mean / candidate mean",
                                "nullable": true,
                                "type": "number",
                              },
                              "speedup_ci95": Object {
                                "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                "nullable": true,
                                "properties": Object {
                                  "high": Object {
                                    "type": "number",
                                  },
                                  "low": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "low",
                                  "high",
                                ],
                                "type": "object",
                              },
                            },
                            "required": Array [
                              "name",
                              "baseline",
                              "candidate",
                              "speedup",
                              "speedup_ci95",
                              "significant",
                              "note",
                            ],
                            "type": "object",
                          },
                          "verdict": Object {
                            "description": "The summary as one paragraph, in the seed page's style",
                            "type": "string",
                          },
                          "workload": Object {
                            "description": "The one workload this report compares; null when its samples were not labelled",
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "workload",
                          "baseline",
                          "candidate",
                          "stages",
                          "total",
                          "queue_wait",
                          "memory",
                          "cost",
                          "denoise_steps",
                          "parity",
                          "summary",
                          "verdict",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "scaling": Object {
                      "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                      "nullable": true,
                      "properties": Object {
                        "crossover": Object {
                          "properties": Object {
                            "denoising": Object {
                              "properties": Object {
                                "faster": Object {
                                  "anyOf": Array [
                                    Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "above",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "below",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "throughout",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "nowhere",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                      "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                    },
                                    Object {
                                      "enum": Array [
                                        null,
                                      ],
                                      "nullable": true,
                                      "type": "object",
                                    },
                                  ],
                                },
                                "note": Object {
                                  "type": "string",
                                },
                                "status": Object {
                                  "anyOf": Array [
                                    Object {
                                      "enum": Array [
                                        "crossed",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "not reached",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "no data",
                                      ],
                                      "type": "string",
                                    },
                                  ],
                                },
                                "tokens": Object {
                                  "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "tokens",
                                "status",
                                "faster",
                                "note",
                              ],
                              "type": "object",
                            },
                            "total": Object {
                              "properties": Object {
                                "faster": Object {
                                  "anyOf": Array [
                                    Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "above",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "below",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "throughout",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "nowhere",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                      "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                    },
                                    Object {
                                      "enum": Array [
                                        null,
                                      ],
                                      "nullable": true,
                                      "type": "object",
                                    },
                                  ],
                                },
                                "note": Object {
                                  "type": "string",
                                },
                                "status": Object {
                                  "anyOf": Array [
                                    Object {
                                      "enum": Array [
                                        "crossed",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "not reached",
                                      ],
                                      "type": "string",
                                    },
                                    Object {
                                      "enum": Array [
                                        "no data",
                                      ],
                                      "type": "string",
                                    },
                                  ],
                                },
                                "tokens": Object {
                                  "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "tokens",
                                "status",
                                "faster",
                                "note",
                              ],
                              "type": "object",
                            },
                          },
                          "required": Array [
                            "denoising",
                            "total",
                          ],
                          "type": "object",
                        },
                        "points": Object {
                          "description": "Each observed workload but other, smallest work first",
                          "items": Object {
                            "properties": Object {
                              "denoising": Object {
                                "properties": Object {
                                  "ci95": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "speedup": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "speedup",
                                  "ci95",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "nullable": true,
                                "type": "integer",
                              },
                              "total": Object {
                                "properties": Object {
                                  "ci95": Object {
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "speedup": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "speedup",
                                  "ci95",
                                  "n",
                                ],
                                "type": "object",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "name",
                              "tokens",
                              "denoising",
                              "total",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "points",
                        "crossover",
                      ],
                      "type": "object",
                    },
                    "spec": Object {
                      "properties": Object {
                        "concurrency": Object {
                          "type": "integer",
                        },
                        "pairs": Object {
                          "description": "Pairs per workload",
                          "type": "integer",
                        },
                        "parity": Object {
                          "type": "boolean",
                        },
                        "template": Object {
                          "additionalProperties": Object {},
                          "type": "object",
                        },
                        "warmup": Object {
                          "type": "integer",
                        },
                        "workloads": Object {
                          "description": "The sweep; empty when the run is the template alone",
                          "items": Object {
                            "additionalProperties": Object {},
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "template",
                        "workloads",
                        "pairs",
                        "warmup",
                        "concurrency",
                        "parity",
                      ],
                      "type": "object",
                    },
                    "status": Object {
                      "description": "running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed",
                      "type": "string",
                    },
                    "workloads": Object {
                      "items": Object {
                        "properties": Object {
                          "key": Object {
                            "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                            "type": "string",
                          },
                          "n": Object {
                            "description": "Completed jobs of it on each side",
                            "properties": Object {
                              "baseline": Object {
                                "type": "integer",
                              },
                              "candidate": Object {
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "baseline",
                              "candidate",
                            ],
                            "type": "object",
                          },
                          "name": Object {
                            "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                            "nullable": true,
                            "type": "string",
                          },
                          "tokens": Object {
                            "description": "The DiT's sequence length of one video of it; null for other",
                            "nullable": true,
                            "type": "integer",
                          },
                        },
                        "required": Array [
                          "key",
                          "name",
                          "tokens",
                          "n",
                        ],
                        "type": "object",
                      },
                      "type": "array",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "status",
                    "baseline",
                    "candidate",
                    "spec",
                    "created_at",
                    "finished_at",
                    "progress",
                    "error",
                    "cancel_policy",
                    "pairs",
                    "report",
                    "reports",
                    "workloads",
                    "scaling",
                    "links",
                  ],
                  "title": "Paired run",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Cancel a run. Cancelling stops new pairs; jobs already on a backend are awaited and their pairs kept.",
        "tags": Array [
          "compare",
        ],
      },
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 100,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "baseline": Object {
                          "type": "string",
                        },
                        "cancel_policy": Object {
                          "type": "string",
                        },
                        "candidate": Object {
                          "type": "string",
                        },
                        "created_at": Object {
                          "type": "string",
                        },
                        "error": Object {
                          "description": "Why the run failed; the pairs measured before are kept",
                          "nullable": true,
                          "type": "string",
                        },
                        "finished_at": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "id": Object {
                          "type": "string",
                        },
                        "links": Object {
                          "properties": Object {
                            "markdown": Object {
                              "type": "string",
                            },
                            "page": Object {
                              "type": "string",
                            },
                            "self": Object {
                              "type": "string",
                            },
                          },
                          "required": Array [
                            "self",
                            "markdown",
                            "page",
                          ],
                          "type": "object",
                        },
                        "object": Object {
                          "enum": Array [
                            "compare.run",
                          ],
                          "type": "string",
                        },
                        "pairs": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "duration_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "job_id": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "status": Object {
                                    "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "job_id",
                                  "status",
                                  "error",
                                  "duration_seconds",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "duration_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "job_id": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "status": Object {
                                    "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "job_id",
                                  "status",
                                  "error",
                                  "duration_seconds",
                                ],
                                "type": "object",
                              },
                              "frames": Object {
                                "nullable": true,
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "string",
                                  },
                                  "candidate": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "index": Object {
                                "type": "integer",
                              },
                              "parity": Object {
                                "nullable": true,
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "seed": Object {
                                "type": "integer",
                              },
                              "sweep": Object {
                                "description": "Which entry of the sweep this pair ran (0 without one)",
                                "type": "integer",
                              },
                              "workload": Object {
                                "description": "The workload key its jobs ran as, once submitted",
                                "nullable": true,
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "index",
                              "seed",
                              "sweep",
                              "workload",
                              "baseline",
                              "candidate",
                              "parity",
                              "frames",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "progress": Object {
                          "properties": Object {
                            "elapsed_seconds": Object {
                              "type": "number",
                            },
                            "eta_seconds": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs_done": Object {
                              "type": "integer",
                            },
                            "pairs_total": Object {
                              "type": "integer",
                            },
                            "warmup_done": Object {
                              "type": "integer",
                            },
                            "warmup_total": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "pairs_done",
                            "pairs_total",
                            "warmup_done",
                            "warmup_total",
                            "elapsed_seconds",
                            "eta_seconds",
                          ],
                          "type": "object",
                        },
                        "report": Object {
                          "description": "The report of the workload with the most pairs",
                          "nullable": true,
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "kv_gather_degree": Object {
                                  "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                  "type": "integer",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "ring_degree": Object {
                                  "type": "integer",
                                },
                                "sp_degree": Object {
                                  "type": "integer",
                                },
                                "ulysses_degree": Object {
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "name",
                                "sp_degree",
                                "ulysses_degree",
                                "ring_degree",
                                "kv_gather_degree",
                                "num_gpus",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "kv_gather_degree": Object {
                                  "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                  "type": "integer",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "ring_degree": Object {
                                  "type": "integer",
                                },
                                "sp_degree": Object {
                                  "type": "integer",
                                },
                                "ulysses_degree": Object {
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "name",
                                "sp_degree",
                                "ulysses_degree",
                                "ring_degree",
                                "kv_gather_degree",
                                "num_gpus",
                              ],
                              "type": "object",
                            },
                            "cost": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "gpu_seconds_per_video": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "type": "integer",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "videos_per_gpu_hour": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "num_gpus",
                                    "gpu_seconds_per_video",
                                    "videos_per_gpu_hour",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "gpu_seconds_per_video": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "type": "integer",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "videos_per_gpu_hour": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "num_gpus",
                                    "gpu_seconds_per_video",
                                    "videos_per_gpu_hour",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "parallel_efficiency": Object {
                                  "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                                "parallel_efficiency",
                                "note",
                              ],
                              "type": "object",
                            },
                            "denoise_steps": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "cv": Object {
                                      "description": "Coefficient of variation of step times: ring stalls show here",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "max_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "slowest_step": Object {
                                      "nullable": true,
                                      "properties": Object {
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "mean_seconds": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "mean_seconds",
                                      ],
                                      "type": "object",
                                    },
                                    "steps": Object {
                                      "description": "Denoising steps measured, all jobs together",
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "steps",
                                    "mean_seconds",
                                    "cv",
                                    "max_seconds",
                                    "slowest_step",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "cv": Object {
                                      "description": "Coefficient of variation of step times: ring stalls show here",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "max_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "slowest_step": Object {
                                      "nullable": true,
                                      "properties": Object {
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "mean_seconds": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "mean_seconds",
                                      ],
                                      "type": "object",
                                    },
                                    "steps": Object {
                                      "description": "Denoising steps measured, all jobs together",
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "steps",
                                    "mean_seconds",
                                    "cv",
                                    "max_seconds",
                                    "slowest_step",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                              ],
                              "type": "object",
                            },
                            "memory": Object {
                              "items": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "candidate": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "delta": Object {
                                    "description": "candidate - baseline",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "unit": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "unit",
                                  "baseline",
                                  "candidate",
                                  "delta",
                                  "n",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "parity": Object {
                              "nullable": true,
                              "properties": Object {
                                "flagged": Object {
                                  "description": "Pairs below the SSIM threshold",
                                  "type": "integer",
                                },
                                "measured": Object {
                                  "type": "boolean",
                                },
                                "min_ssim": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "pairs": Object {
                                  "items": Object {
                                    "properties": Object {
                                      "error": Object {
                                        "nullable": true,
                                        "type": "string",
                                      },
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "ok": Object {
                                        "description": "SSIM at or above the threshold",
                                        "nullable": true,
                                        "type": "boolean",
                                      },
                                      "psnr": Object {
                                        "description": "dB; null when the outputs are identical",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "ssim": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "ssim",
                                      "psnr",
                                      "ok",
                                      "error",
                                    ],
                                    "type": "object",
                                  },
                                  "type": "array",
                                },
                                "reason": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "threshold_ssim": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "measured",
                                "threshold_ssim",
                                "reason",
                                "flagged",
                                "min_ssim",
                                "pairs",
                              ],
                              "type": "object",
                            },
                            "queue_wait": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                              ],
                              "type": "object",
                            },
                            "stages": Object {
                              "items": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "significant": Object {
                                    "description": "The interval excludes 1.00x",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "speedup": Object {
                                    "description": "baseline mean / candidate mean",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "speedup_ci95": Object {
                                    "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "baseline",
                                  "candidate",
                                  "speedup",
                                  "speedup_ci95",
                                  "significant",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "summary": Object {
                              "items": Object {
                                "type": "string",
                              },
                              "type": "array",
                            },
                            "total": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "significant": Object {
                                  "description": "The interval excludes 1.00x",
                                  "nullable": true,
                                  "type": "boolean",
                                },
                                "speedup": Object {
                                  "description": "baseline mean / candidate mean",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "speedup_ci95": Object {
                                  "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                  "nullable": true,
                                  "properties": Object {
                                    "high": Object {
                                      "type": "number",
                                    },
                                    "low": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "low",
                                    "high",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "name",
                                "baseline",
                                "candidate",
                                "speedup",
                                "speedup_ci95",
                                "significant",
                                "note",
                              ],
                              "type": "object",
                            },
                            "verdict": Object {
                              "description": "The summary as one paragraph, in the seed page's style",
                              "type": "string",
                            },
                            "workload": Object {
                              "description": "The one workload this report compares; null when its samples were not labelled",
                              "nullable": true,
                              "type": "string",
                            },
                          },
                          "required": Array [
                            "workload",
                            "baseline",
                            "candidate",
                            "stages",
                            "total",
                            "queue_wait",
                            "memory",
                            "cost",
                            "denoise_steps",
                            "parity",
                            "summary",
                            "verdict",
                          ],
                          "type": "object",
                        },
                        "reports": Object {
                          "description": "One report per workload the run measured",
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "cost": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "parallel_efficiency": Object {
                                    "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                  "parallel_efficiency",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "denoise_steps": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "memory": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "candidate": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "delta": Object {
                                      "description": "candidate - baseline",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "properties": Object {
                                        "baseline": Object {
                                          "type": "integer",
                                        },
                                        "candidate": Object {
                                          "type": "integer",
                                        },
                                      },
                                      "required": Array [
                                        "baseline",
                                        "candidate",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "unit": Object {
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "unit",
                                    "baseline",
                                    "candidate",
                                    "delta",
                                    "n",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "parity": Object {
                                "nullable": true,
                                "properties": Object {
                                  "flagged": Object {
                                    "description": "Pairs below the SSIM threshold",
                                    "type": "integer",
                                  },
                                  "measured": Object {
                                    "type": "boolean",
                                  },
                                  "min_ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "pairs": Object {
                                    "items": Object {
                                      "properties": Object {
                                        "error": Object {
                                          "nullable": true,
                                          "type": "string",
                                        },
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "ok": Object {
                                          "description": "SSIM at or above the threshold",
                                          "nullable": true,
                                          "type": "boolean",
                                        },
                                        "psnr": Object {
                                          "description": "dB; null when the outputs are identical",
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "ssim": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "ssim",
                                        "psnr",
                                        "ok",
                                        "error",
                                      ],
                                      "type": "object",
                                    },
                                    "type": "array",
                                  },
                                  "reason": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "threshold_ssim": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "measured",
                                  "threshold_ssim",
                                  "reason",
                                  "flagged",
                                  "min_ssim",
                                  "pairs",
                                ],
                                "type": "object",
                              },
                              "queue_wait": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "stages": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "significant": Object {
                                      "description": "The interval excludes 1.00x",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "speedup": Object {
                                      "description": "baseline mean / candidate mean",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "speedup_ci95": Object {
                                      "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                      "nullable": true,
                                      "properties": Object {
                                        "high": Object {
                                          "type": "number",
                                        },
                                        "low": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "low",
                                        "high",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "baseline",
                                    "candidate",
                                    "speedup",
                                    "speedup_ci95",
                                    "significant",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "summary": Object {
                                "items": Object {
                                  "type": "string",
                                },
                                "type": "array",
                              },
                              "total": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "significant": Object {
                                    "description": "The interval excludes 1.00x",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "speedup": Object {
                                    "description": "baseline mean / candidate mean",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "speedup_ci95": Object {
                                    "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "baseline",
                                  "candidate",
                                  "speedup",
                                  "speedup_ci95",
                                  "significant",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "verdict": Object {
                                "description": "The summary as one paragraph, in the seed page's style",
                                "type": "string",
                              },
                              "workload": Object {
                                "description": "The one workload this report compares; null when its samples were not labelled",
                                "nullable": true,
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "baseline",
                              "candidate",
                              "stages",
                              "total",
                              "queue_wait",
                              "memory",
                              "cost",
                              "denoise_steps",
                              "parity",
                              "summary",
                              "verdict",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "scaling": Object {
                          "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                          "nullable": true,
                          "properties": Object {
                            "crossover": Object {
                              "properties": Object {
                                "denoising": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "denoising",
                                "total",
                              ],
                              "type": "object",
                            },
                            "points": Object {
                              "description": "Each observed workload but other, smallest work first",
                              "items": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "tokens": Object {
                                    "nullable": true,
                                    "type": "integer",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "workload": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "workload",
                                  "name",
                                  "tokens",
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "points",
                            "crossover",
                          ],
                          "type": "object",
                        },
                        "spec": Object {
                          "properties": Object {
                            "concurrency": Object {
                              "type": "integer",
                            },
                            "pairs": Object {
                              "description": "Pairs per workload",
                              "type": "integer",
                            },
                            "parity": Object {
                              "type": "boolean",
                            },
                            "template": Object {
                              "additionalProperties": Object {},
                              "type": "object",
                            },
                            "warmup": Object {
                              "type": "integer",
                            },
                            "workloads": Object {
                              "description": "The sweep; empty when the run is the template alone",
                              "items": Object {
                                "additionalProperties": Object {},
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "template",
                            "workloads",
                            "pairs",
                            "warmup",
                            "concurrency",
                            "parity",
                          ],
                          "type": "object",
                        },
                        "status": Object {
                          "description": "running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed",
                          "type": "string",
                        },
                        "workloads": Object {
                          "items": Object {
                            "properties": Object {
                              "key": Object {
                                "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                "type": "string",
                              },
                              "n": Object {
                                "description": "Completed jobs of it on each side",
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "description": "The DiT's sequence length of one video of it; null for other",
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "key",
                              "name",
                              "tokens",
                              "n",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "id",
                        "object",
                        "status",
                        "baseline",
                        "candidate",
                        "spec",
                        "created_at",
                        "finished_at",
                        "progress",
                        "error",
                        "cancel_policy",
                        "pairs",
                        "report",
                        "reports",
                        "workloads",
                        "scaling",
                        "links",
                      ],
                      "title": "Paired run",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "baseline": Object {
                          "type": "string",
                        },
                        "cancel_policy": Object {
                          "type": "string",
                        },
                        "candidate": Object {
                          "type": "string",
                        },
                        "created_at": Object {
                          "type": "string",
                        },
                        "error": Object {
                          "description": "Why the run failed; the pairs measured before are kept",
                          "nullable": true,
                          "type": "string",
                        },
                        "finished_at": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "id": Object {
                          "type": "string",
                        },
                        "links": Object {
                          "properties": Object {
                            "markdown": Object {
                              "type": "string",
                            },
                            "page": Object {
                              "type": "string",
                            },
                            "self": Object {
                              "type": "string",
                            },
                          },
                          "required": Array [
                            "self",
                            "markdown",
                            "page",
                          ],
                          "type": "object",
                        },
                        "object": Object {
                          "enum": Array [
                            "compare.run",
                          ],
                          "type": "string",
                        },
                        "pairs": Object {
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "duration_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "job_id": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "status": Object {
                                    "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "job_id",
                                  "status",
                                  "error",
                                  "duration_seconds",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "duration_seconds": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "job_id": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "status": Object {
                                    "description": "pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)",
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "job_id",
                                  "status",
                                  "error",
                                  "duration_seconds",
                                ],
                                "type": "object",
                              },
                              "frames": Object {
                                "nullable": true,
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "string",
                                  },
                                  "candidate": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "index": Object {
                                "type": "integer",
                              },
                              "parity": Object {
                                "nullable": true,
                                "properties": Object {
                                  "error": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "index": Object {
                                    "type": "integer",
                                  },
                                  "ok": Object {
                                    "description": "SSIM at or above the threshold",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "psnr": Object {
                                    "description": "dB; null when the outputs are identical",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "index",
                                  "ssim",
                                  "psnr",
                                  "ok",
                                  "error",
                                ],
                                "type": "object",
                              },
                              "seed": Object {
                                "type": "integer",
                              },
                              "sweep": Object {
                                "description": "Which entry of the sweep this pair ran (0 without one)",
                                "type": "integer",
                              },
                              "workload": Object {
                                "description": "The workload key its jobs ran as, once submitted",
                                "nullable": true,
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "index",
                              "seed",
                              "sweep",
                              "workload",
                              "baseline",
                              "candidate",
                              "parity",
                              "frames",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "progress": Object {
                          "properties": Object {
                            "elapsed_seconds": Object {
                              "type": "number",
                            },
                            "eta_seconds": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "pairs_done": Object {
                              "type": "integer",
                            },
                            "pairs_total": Object {
                              "type": "integer",
                            },
                            "warmup_done": Object {
                              "type": "integer",
                            },
                            "warmup_total": Object {
                              "type": "integer",
                            },
                          },
                          "required": Array [
                            "pairs_done",
                            "pairs_total",
                            "warmup_done",
                            "warmup_total",
                            "elapsed_seconds",
                            "eta_seconds",
                          ],
                          "type": "object",
                        },
                        "report": Object {
                          "description": "The report of the workload with the most pairs",
                          "nullable": true,
                          "properties": Object {
                            "baseline": Object {
                              "properties": Object {
                                "kv_gather_degree": Object {
                                  "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                  "type": "integer",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "ring_degree": Object {
                                  "type": "integer",
                                },
                                "sp_degree": Object {
                                  "type": "integer",
                                },
                                "ulysses_degree": Object {
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "name",
                                "sp_degree",
                                "ulysses_degree",
                                "ring_degree",
                                "kv_gather_degree",
                                "num_gpus",
                              ],
                              "type": "object",
                            },
                            "candidate": Object {
                              "properties": Object {
                                "kv_gather_degree": Object {
                                  "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                  "type": "integer",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "num_gpus": Object {
                                  "type": "integer",
                                },
                                "ring_degree": Object {
                                  "type": "integer",
                                },
                                "sp_degree": Object {
                                  "type": "integer",
                                },
                                "ulysses_degree": Object {
                                  "type": "integer",
                                },
                              },
                              "required": Array [
                                "name",
                                "sp_degree",
                                "ulysses_degree",
                                "ring_degree",
                                "kv_gather_degree",
                                "num_gpus",
                              ],
                              "type": "object",
                            },
                            "cost": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "gpu_seconds_per_video": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "type": "integer",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "videos_per_gpu_hour": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "num_gpus",
                                    "gpu_seconds_per_video",
                                    "videos_per_gpu_hour",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "gpu_seconds_per_video": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "type": "integer",
                                    },
                                    "num_gpus": Object {
                                      "type": "integer",
                                    },
                                    "videos_per_gpu_hour": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "num_gpus",
                                    "gpu_seconds_per_video",
                                    "videos_per_gpu_hour",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "parallel_efficiency": Object {
                                  "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                  "nullable": true,
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                                "parallel_efficiency",
                                "note",
                              ],
                              "type": "object",
                            },
                            "denoise_steps": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "cv": Object {
                                      "description": "Coefficient of variation of step times: ring stalls show here",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "max_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "slowest_step": Object {
                                      "nullable": true,
                                      "properties": Object {
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "mean_seconds": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "mean_seconds",
                                      ],
                                      "type": "object",
                                    },
                                    "steps": Object {
                                      "description": "Denoising steps measured, all jobs together",
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "steps",
                                    "mean_seconds",
                                    "cv",
                                    "max_seconds",
                                    "slowest_step",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "cv": Object {
                                      "description": "Coefficient of variation of step times: ring stalls show here",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "max_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "slowest_step": Object {
                                      "nullable": true,
                                      "properties": Object {
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "mean_seconds": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "mean_seconds",
                                      ],
                                      "type": "object",
                                    },
                                    "steps": Object {
                                      "description": "Denoising steps measured, all jobs together",
                                      "type": "integer",
                                    },
                                  },
                                  "required": Array [
                                    "steps",
                                    "mean_seconds",
                                    "cv",
                                    "max_seconds",
                                    "slowest_step",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                              ],
                              "type": "object",
                            },
                            "memory": Object {
                              "items": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "candidate": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "delta": Object {
                                    "description": "candidate - baseline",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "n": Object {
                                    "properties": Object {
                                      "baseline": Object {
                                        "type": "integer",
                                      },
                                      "candidate": Object {
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "baseline",
                                      "candidate",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "unit": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "unit",
                                  "baseline",
                                  "candidate",
                                  "delta",
                                  "n",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "parity": Object {
                              "nullable": true,
                              "properties": Object {
                                "flagged": Object {
                                  "description": "Pairs below the SSIM threshold",
                                  "type": "integer",
                                },
                                "measured": Object {
                                  "type": "boolean",
                                },
                                "min_ssim": Object {
                                  "nullable": true,
                                  "type": "number",
                                },
                                "pairs": Object {
                                  "items": Object {
                                    "properties": Object {
                                      "error": Object {
                                        "nullable": true,
                                        "type": "string",
                                      },
                                      "index": Object {
                                        "type": "integer",
                                      },
                                      "ok": Object {
                                        "description": "SSIM at or above the threshold",
                                        "nullable": true,
                                        "type": "boolean",
                                      },
                                      "psnr": Object {
                                        "description": "dB; null when the outputs are identical",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "ssim": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "index",
                                      "ssim",
                                      "psnr",
                                      "ok",
                                      "error",
                                    ],
                                    "type": "object",
                                  },
                                  "type": "array",
                                },
                                "reason": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "threshold_ssim": Object {
                                  "type": "number",
                                },
                              },
                              "required": Array [
                                "measured",
                                "threshold_ssim",
                                "reason",
                                "flagged",
                                "min_ssim",
                                "pairs",
                              ],
                              "type": "object",
                            },
                            "queue_wait": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "baseline",
                                "candidate",
                              ],
                              "type": "object",
                            },
                            "stages": Object {
                              "items": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "significant": Object {
                                    "description": "The interval excludes 1.00x",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "speedup": Object {
                                    "description": "baseline mean / candidate mean",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "speedup_ci95": Object {
                                    "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "baseline",
                                  "candidate",
                                  "speedup",
                                  "speedup_ci95",
                                  "significant",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                            "summary": Object {
                              "items": Object {
                                "type": "string",
                              },
                              "type": "array",
                            },
                            "total": Object {
                              "properties": Object {
                                "baseline": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "candidate": Object {
                                  "properties": Object {
                                    "mean_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "description": "Samples behind the figures",
                                      "type": "integer",
                                    },
                                    "p50_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "p95_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "sd_seconds": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "mean_seconds",
                                    "sd_seconds",
                                    "p50_seconds",
                                    "p95_seconds",
                                    "n",
                                  ],
                                  "type": "object",
                                },
                                "name": Object {
                                  "type": "string",
                                },
                                "note": Object {
                                  "nullable": true,
                                  "type": "string",
                                },
                                "significant": Object {
                                  "description": "The interval excludes 1.00x",
                                  "nullable": true,
                                  "type": "boolean",
                                },
                                "speedup": Object {
                                  "description": "baseline mean / candidate mean",
                                  "nullable": true,
                                  "type": "number",
                                },
                                "speedup_ci95": Object {
                                  "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                  "nullable": true,
                                  "properties": Object {
                                    "high": Object {
                                      "type": "number",
                                    },
                                    "low": Object {
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "low",
                                    "high",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "name",
                                "baseline",
                                "candidate",
                                "speedup",
                                "speedup_ci95",
                                "significant",
                                "note",
                              ],
                              "type": "object",
                            },
                            "verdict": Object {
                              "description": "The summary as one paragraph, in the seed page's style",
                              "type": "string",
                            },
                            "workload": Object {
                              "description": "The one workload this report compares; null when its samples were not labelled",
                              "nullable": true,
                              "type": "string",
                            },
                          },
                          "required": Array [
                            "workload",
                            "baseline",
                            "candidate",
                            "stages",
                            "total",
                            "queue_wait",
                            "memory",
                            "cost",
                            "denoise_steps",
                            "parity",
                            "summary",
                            "verdict",
                          ],
                          "type": "object",
                        },
                        "reports": Object {
                          "description": "One report per workload the run measured",
                          "items": Object {
                            "properties": Object {
                              "baseline": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "candidate": Object {
                                "properties": Object {
                                  "kv_gather_degree": Object {
                                    "description": "SGLang's K/V-gather degree; 1 when the backend does not use it",
                                    "type": "integer",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "num_gpus": Object {
                                    "type": "integer",
                                  },
                                  "ring_degree": Object {
                                    "type": "integer",
                                  },
                                  "sp_degree": Object {
                                    "type": "integer",
                                  },
                                  "ulysses_degree": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "sp_degree",
                                  "ulysses_degree",
                                  "ring_degree",
                                  "kv_gather_degree",
                                  "num_gpus",
                                ],
                                "type": "object",
                              },
                              "cost": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "gpu_seconds_per_video": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "type": "integer",
                                      },
                                      "num_gpus": Object {
                                        "type": "integer",
                                      },
                                      "videos_per_gpu_hour": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "num_gpus",
                                      "gpu_seconds_per_video",
                                      "videos_per_gpu_hour",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "parallel_efficiency": Object {
                                    "description": "speedup / GPU ratio = baseline GPU-seconds per video / candidate's",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                  "parallel_efficiency",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "denoise_steps": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "cv": Object {
                                        "description": "Coefficient of variation of step times: ring stalls show here",
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "max_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "slowest_step": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "index": Object {
                                            "type": "integer",
                                          },
                                          "mean_seconds": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "index",
                                          "mean_seconds",
                                        ],
                                        "type": "object",
                                      },
                                      "steps": Object {
                                        "description": "Denoising steps measured, all jobs together",
                                        "type": "integer",
                                      },
                                    },
                                    "required": Array [
                                      "steps",
                                      "mean_seconds",
                                      "cv",
                                      "max_seconds",
                                      "slowest_step",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "memory": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "candidate": Object {
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "delta": Object {
                                      "description": "candidate - baseline",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "n": Object {
                                      "properties": Object {
                                        "baseline": Object {
                                          "type": "integer",
                                        },
                                        "candidate": Object {
                                          "type": "integer",
                                        },
                                      },
                                      "required": Array [
                                        "baseline",
                                        "candidate",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "description": "model_load_peak (the backend's peak while loading its model: whether it fits at all), then per request: peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio",
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "unit": Object {
                                      "type": "string",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "unit",
                                    "baseline",
                                    "candidate",
                                    "delta",
                                    "n",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "parity": Object {
                                "nullable": true,
                                "properties": Object {
                                  "flagged": Object {
                                    "description": "Pairs below the SSIM threshold",
                                    "type": "integer",
                                  },
                                  "measured": Object {
                                    "type": "boolean",
                                  },
                                  "min_ssim": Object {
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "pairs": Object {
                                    "items": Object {
                                      "properties": Object {
                                        "error": Object {
                                          "nullable": true,
                                          "type": "string",
                                        },
                                        "index": Object {
                                          "type": "integer",
                                        },
                                        "ok": Object {
                                          "description": "SSIM at or above the threshold",
                                          "nullable": true,
                                          "type": "boolean",
                                        },
                                        "psnr": Object {
                                          "description": "dB; null when the outputs are identical",
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "ssim": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "index",
                                        "ssim",
                                        "psnr",
                                        "ok",
                                        "error",
                                      ],
                                      "type": "object",
                                    },
                                    "type": "array",
                                  },
                                  "reason": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "threshold_ssim": Object {
                                    "type": "number",
                                  },
                                },
                                "required": Array [
                                  "measured",
                                  "threshold_ssim",
                                  "reason",
                                  "flagged",
                                  "min_ssim",
                                  "pairs",
                                ],
                                "type": "object",
                              },
                              "queue_wait": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "stages": Object {
                                "items": Object {
                                  "properties": Object {
                                    "baseline": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "candidate": Object {
                                      "properties": Object {
                                        "mean_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "n": Object {
                                          "description": "Samples behind the figures",
                                          "type": "integer",
                                        },
                                        "p50_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "p95_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                        "sd_seconds": Object {
                                          "nullable": true,
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "mean_seconds",
                                        "sd_seconds",
                                        "p50_seconds",
                                        "p95_seconds",
                                        "n",
                                      ],
                                      "type": "object",
                                    },
                                    "name": Object {
                                      "type": "string",
                                    },
                                    "note": Object {
                                      "nullable": true,
                                      "type": "string",
                                    },
                                    "significant": Object {
                                      "description": "The interval excludes 1.00x",
                                      "nullable": true,
                                      "type": "boolean",
                                    },
                                    "speedup": Object {
                                      "description": "baseline mean / candidate mean",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                    "speedup_ci95": Object {
                                      "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                      "nullable": true,
                                      "properties": Object {
                                        "high": Object {
                                          "type": "number",
                                        },
                                        "low": Object {
                                          "type": "number",
                                        },
                                      },
                                      "required": Array [
                                        "low",
                                        "high",
                                      ],
                                      "type": "object",
                                    },
                                  },
                                  "required": Array [
                                    "name",
                                    "baseline",
                                    "candidate",
                                    "speedup",
                                    "speedup_ci95",
                                    "significant",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "type": "array",
                              },
                              "summary": Object {
                                "items": Object {
                                  "type": "string",
                                },
                                "type": "array",
                              },
                              "total": Object {
                                "properties": Object {
                                  "baseline": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "candidate": Object {
                                    "properties": Object {
                                      "mean_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "n": Object {
                                        "description": "Samples behind the figures",
                                        "type": "integer",
                                      },
                                      "p50_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "p95_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                      "sd_seconds": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "mean_seconds",
                                      "sd_seconds",
                                      "p50_seconds",
                                      "p95_seconds",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "type": "string",
                                  },
                                  "note": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "significant": Object {
                                    "description": "The interval excludes 1.00x",
                                    "nullable": true,
                                    "type": "boolean",
                                  },
                                  "speedup": Object {
                                    "description": "baseline mean / candidate mean",
                                    "nullable": true,
                                    "type": "number",
                                  },
                                  "speedup_ci95": Object {
                                    "description": "95% interval of the speedup (Welch, on log means); null below 3 samples a side",
                                    "nullable": true,
                                    "properties": Object {
                                      "high": Object {
                                        "type": "number",
                                      },
                                      "low": Object {
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "low",
                                      "high",
                                    ],
                                    "type": "object",
                                  },
                                },
                                "required": Array [
                                  "name",
                                  "baseline",
                                  "candidate",
                                  "speedup",
                                  "speedup_ci95",
                                  "significant",
                                  "note",
                                ],
                                "type": "object",
                              },
                              "verdict": Object {
                                "description": "The summary as one paragraph, in the seed page's style",
                                "type": "string",
                              },
                              "workload": Object {
                                "description": "The one workload this report compares; null when its samples were not labelled",
                                "nullable": true,
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "baseline",
                              "candidate",
                              "stages",
                              "total",
                              "queue_wait",
                              "memory",
                              "cost",
                              "denoise_steps",
                              "parity",
                              "summary",
                              "verdict",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "scaling": Object {
                          "description": "Where ring SP pays: speedup against work size and the crossover below which the candidate is slower",
                          "nullable": true,
                          "properties": Object {
                            "crossover": Object {
                              "properties": Object {
                                "denoising": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                                "total": Object {
                                  "properties": Object {
                                    "faster": Object {
                                      "anyOf": Array [
                                        Object {
                                          "anyOf": Array [
                                            Object {
                                              "enum": Array [
                                                "above",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "below",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "throughout",
                                              ],
                                              "type": "string",
                                            },
                                            Object {
                                              "enum": Array [
                                                "nowhere",
                                              ],
                                              "type": "string",
                                            },
                                          ],
                                          "description": "Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range",
                                        },
                                        Object {
                                          "enum": Array [
                                            null,
                                          ],
                                          "nullable": true,
                                          "type": "object",
                                        },
                                      ],
                                    },
                                    "note": Object {
                                      "type": "string",
                                    },
                                    "status": Object {
                                      "anyOf": Array [
                                        Object {
                                          "enum": Array [
                                            "crossed",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "not reached",
                                          ],
                                          "type": "string",
                                        },
                                        Object {
                                          "enum": Array [
                                            "no data",
                                          ],
                                          "type": "string",
                                        },
                                      ],
                                    },
                                    "tokens": Object {
                                      "description": "The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached",
                                      "nullable": true,
                                      "type": "number",
                                    },
                                  },
                                  "required": Array [
                                    "tokens",
                                    "status",
                                    "faster",
                                    "note",
                                  ],
                                  "type": "object",
                                },
                              },
                              "required": Array [
                                "denoising",
                                "total",
                              ],
                              "type": "object",
                            },
                            "points": Object {
                              "description": "Each observed workload but other, smallest work first",
                              "items": Object {
                                "properties": Object {
                                  "denoising": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "name": Object {
                                    "nullable": true,
                                    "type": "string",
                                  },
                                  "tokens": Object {
                                    "nullable": true,
                                    "type": "integer",
                                  },
                                  "total": Object {
                                    "properties": Object {
                                      "ci95": Object {
                                        "nullable": true,
                                        "properties": Object {
                                          "high": Object {
                                            "type": "number",
                                          },
                                          "low": Object {
                                            "type": "number",
                                          },
                                        },
                                        "required": Array [
                                          "low",
                                          "high",
                                        ],
                                        "type": "object",
                                      },
                                      "n": Object {
                                        "properties": Object {
                                          "baseline": Object {
                                            "type": "integer",
                                          },
                                          "candidate": Object {
                                            "type": "integer",
                                          },
                                        },
                                        "required": Array [
                                          "baseline",
                                          "candidate",
                                        ],
                                        "type": "object",
                                      },
                                      "speedup": Object {
                                        "nullable": true,
                                        "type": "number",
                                      },
                                    },
                                    "required": Array [
                                      "speedup",
                                      "ci95",
                                      "n",
                                    ],
                                    "type": "object",
                                  },
                                  "workload": Object {
                                    "type": "string",
                                  },
                                },
                                "required": Array [
                                  "workload",
                                  "name",
                                  "tokens",
                                  "denoising",
                                  "total",
                                ],
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "points",
                            "crossover",
                          ],
                          "type": "object",
                        },
                        "spec": Object {
                          "properties": Object {
                            "concurrency": Object {
                              "type": "integer",
                            },
                            "pairs": Object {
                              "description": "Pairs per workload",
                              "type": "integer",
                            },
                            "parity": Object {
                              "type": "boolean",
                            },
                            "template": Object {
                              "additionalProperties": Object {},
                              "type": "object",
                            },
                            "warmup": Object {
                              "type": "integer",
                            },
                            "workloads": Object {
                              "description": "The sweep; empty when the run is the template alone",
                              "items": Object {
                                "additionalProperties": Object {},
                                "type": "object",
                              },
                              "type": "array",
                            },
                          },
                          "required": Array [
                            "template",
                            "workloads",
                            "pairs",
                            "warmup",
                            "concurrency",
                            "parity",
                          ],
                          "type": "object",
                        },
                        "status": Object {
                          "description": "running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed",
                          "type": "string",
                        },
                        "workloads": Object {
                          "items": Object {
                            "properties": Object {
                              "key": Object {
                                "description": "The workload's label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)",
                                "type": "string",
                              },
                              "n": Object {
                                "description": "Completed jobs of it on each side",
                                "properties": Object {
                                  "baseline": Object {
                                    "type": "integer",
                                  },
                                  "candidate": Object {
                                    "type": "integer",
                                  },
                                },
                                "required": Array [
                                  "baseline",
                                  "candidate",
                                ],
                                "type": "object",
                              },
                              "name": Object {
                                "description": "The preset's name (RINGSIDE_WORKLOADS), null for a shape labelled as seen",
                                "nullable": true,
                                "type": "string",
                              },
                              "tokens": Object {
                                "description": "The DiT's sequence length of one video of it; null for other",
                                "nullable": true,
                                "type": "integer",
                              },
                            },
                            "required": Array [
                              "key",
                              "name",
                              "tokens",
                              "n",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                      },
                      "required": Array [
                        "id",
                        "object",
                        "status",
                        "baseline",
                        "candidate",
                        "spec",
                        "created_at",
                        "finished_at",
                        "progress",
                        "error",
                        "cancel_policy",
                        "pairs",
                        "report",
                        "reports",
                        "workloads",
                        "scaling",
                        "links",
                      ],
                      "title": "Paired run",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "A run: status, progress and ETA, pairs, and its report (Markdown with Accept: text/markdown)",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/compare/runs/{id}.md": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 100,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "type": "string",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "A run's report as Markdown",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/compare/runs/{id}/pairs/{index}/frames/{side}.png": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 100,
              "minLength": 1,
              "type": "string",
            },
          },
          Object {
            "in": "path",
            "name": "index",
            "required": true,
            "schema": Object {
              "maximum": 1000,
              "minimum": 0,
              "type": "integer",
            },
          },
          Object {
            "in": "path",
            "name": "side",
            "required": true,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "baseline",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "candidate",
                  ],
                  "type": "string",
                },
              ],
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "image/png": Object {
                "schema": Object {
                  "description": "image/png",
                  "format": "binary",
                  "type": "string",
                },
              },
            },
            "description": "image/png",
          },
          "404": Object {
            "content": Object {
              "image/png": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "image/png": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "image/png": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "A middle frame of one side of a pair, where parity was measured",
        "tags": Array [
          "compare",
        ],
      },
    },
    "/v1/model_info": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "model_path": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "model_path",
                  ],
                  "title": "Model path (SGLang /v1/model_info)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "detail": Object {
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "detail",
                  ],
                  "title": "Error (SGLang shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The model path of the first ready backend",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/v1/models": Object {
      "get": Object {
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "data": Object {
                      "items": Object {
                        "additionalProperties": true,
                        "properties": Object {
                          "backends": Object {
                            "description": "Ringside: the backends that serve this model",
                            "items": Object {
                              "type": "string",
                            },
                            "type": "array",
                          },
                          "created": Object {
                            "type": "integer",
                          },
                          "id": Object {
                            "description": "served_model_name, which defaults to the model path",
                            "type": "string",
                          },
                          "num_gpus": Object {
                            "description": "Ringside: the total over every server behind the gateway that serves this model",
                            "nullable": true,
                            "type": "integer",
                          },
                          "object": Object {
                            "enum": Array [
                              "model",
                            ],
                            "type": "string",
                          },
                          "owned_by": Object {
                            "type": "string",
                          },
                          "task_type": Object {
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "id",
                          "object",
                          "created",
                          "owned_by",
                          "num_gpus",
                          "task_type",
                          "backends",
                        ],
                        "title": "Model card (SGLang)",
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "object": Object {
                      "enum": Array [
                        "list",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "object",
                    "data",
                  ],
                  "title": "Model list (SGLang)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The models of every backend, one card each, naming the backends that serve it",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/v1/models/{*}": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "description": "The model id; may hold slashes (Org/Name)",
            "in": "path",
            "name": "*",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "additionalProperties": true,
                  "properties": Object {
                    "backends": Object {
                      "description": "Ringside: the backends that serve this model",
                      "items": Object {
                        "type": "string",
                      },
                      "type": "array",
                    },
                    "created": Object {
                      "type": "integer",
                    },
                    "id": Object {
                      "description": "served_model_name, which defaults to the model path",
                      "type": "string",
                    },
                    "num_gpus": Object {
                      "description": "Ringside: the total over every server behind the gateway that serves this model",
                      "nullable": true,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "model",
                      ],
                      "type": "string",
                    },
                    "owned_by": Object {
                      "type": "string",
                    },
                    "task_type": Object {
                      "nullable": true,
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "created",
                    "owned_by",
                    "num_gpus",
                    "task_type",
                    "backends",
                  ],
                  "title": "Model card (SGLang)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "One model card by id (ids may hold slashes)",
        "tags": Array [
          "sglang",
        ],
      },
    },
    "/v1/plan": Object {
      "get": Object {
        "description": "JSON by default; Markdown with \`Accept: text/markdown\`, \`?format=md\` or \`/v1/plan.md\`. The model and its limits: docs/planner.md.",
        "parameters": Array [
          Object {
            "description": "GPUs to split between backends",
            "in": "query",
            "name": "gpus",
            "required": true,
            "schema": Object {
              "maximum": 4096,
              "minimum": 1,
              "type": "integer",
            },
          },
          Object {
            "description": "Arrivals per hour; default: the rate observed over the window of completed jobs",
            "in": "query",
            "name": "rate",
            "required": false,
            "schema": Object {
              "minimum": 0,
              "type": "number",
            },
          },
          Object {
            "description": "End-to-end p95 a fleet must keep to meet the SLO",
            "in": "query",
            "name": "slo_p95_seconds",
            "required": false,
            "schema": Object {
              "exclusiveMinimum": 0,
              "type": "number",
            },
          },
          Object {
            "description": "One workload key instead of the observed mix",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "maxLength": 100,
              "type": "string",
            },
          },
          Object {
            "description": "Backend names, comma-separated; default: every configured backend",
            "in": "query",
            "name": "configs",
            "required": false,
            "schema": Object {
              "maxLength": 2000,
              "type": "string",
            },
          },
          Object {
            "description": "Overrides the Accept header",
            "in": "query",
            "name": "format",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "json",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "md",
                  ],
                  "type": "string",
                },
              ],
            },
          },
          Object {
            "description": "Where the service times and the mix come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set",
            "in": "query",
            "name": "source",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "gateway",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "prometheus",
                  ],
                  "type": "string",
                },
              ],
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "configs": Object {
                          "items": Object {
                            "properties": Object {
                              "gpus": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "parallel": Object {
                                "type": "string",
                              },
                              "scv": Object {
                                "description": "Squared coefficient of variation of the service time for the mix",
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "name",
                              "gpus",
                              "parallel",
                              "meanServiceSeconds",
                              "scv",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "fleets": Object {
                          "items": Object {
                            "properties": Object {
                              "backends": Object {
                                "additionalProperties": Object {
                                  "type": "integer",
                                },
                                "description": "Backends of each configuration",
                                "type": "object",
                              },
                              "capacityPerHour": Object {
                                "description": "Videos per hour at saturation for the mix: 3600 x sum of 1 / E[S]",
                                "type": "number",
                              },
                              "fleet": Object {
                                "description": "e.g. \\"2 x u1r1\\"",
                                "type": "string",
                              },
                              "gpus": Object {
                                "type": "integer",
                              },
                              "gpuSecondsPerVideo": Object {
                                "description": "Busy GPU-seconds per video: service seconds x GPUs, over the backends the router would use",
                                "type": "number",
                              },
                              "load": Object {
                                "description": "The rate over the capacity",
                                "type": "number",
                              },
                              "loneRequestSeconds": Object {
                                "description": "A job alone: the fastest configuration's mean service time",
                                "type": "number",
                              },
                              "meetsSlo": Object {
                                "nullable": true,
                                "type": "boolean",
                              },
                              "method": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "model",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "simulation",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "saturated",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "p50Seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "p95Seconds": Object {
                                "description": "End-to-end at the rate; null when the rate reaches the capacity",
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "fleet",
                              "backends",
                              "gpus",
                              "capacityPerHour",
                              "load",
                              "p50Seconds",
                              "p95Seconds",
                              "loneRequestSeconds",
                              "gpuSecondsPerVideo",
                              "meetsSlo",
                              "method",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "gpus": Object {
                          "type": "integer",
                        },
                        "minSamples": Object {
                          "type": "integer",
                        },
                        "mix": Object {
                          "items": Object {
                            "properties": Object {
                              "planned": Object {
                                "type": "boolean",
                              },
                              "share": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "share",
                              "planned",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "needs": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "notEnoughSamples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "notes": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "ratePerHour": Object {
                          "type": "number",
                        },
                        "rateSource": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "given",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "observed",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "none",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "\\"none\\": no rate given and too few completions to observe one; predictions for a lone request",
                        },
                        "recommendations": Object {
                          "items": Object {
                            "properties": Object {
                              "fleet": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "goal": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "throughput",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "latency",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "cost",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "reason": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "goal",
                              "fleet",
                              "reason",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "samples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                              "meanServiceSeconds",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "sloP95Seconds": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "source": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "gateway",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "prometheus",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whose jobs the plan rests on: this gateway's, or every replica's",
                        },
                        "truncated": Object {
                          "type": "boolean",
                        },
                        "window": Object {
                          "description": "The completed jobs the plan rests on: first to last completion",
                          "nullable": true,
                          "properties": Object {
                            "completed": Object {
                              "type": "integer",
                            },
                            "fromMs": Object {
                              "type": "number",
                            },
                            "ratePerHour": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "seconds": Object {
                              "type": "number",
                            },
                            "toMs": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "fromMs",
                            "toMs",
                            "seconds",
                            "completed",
                            "ratePerHour",
                          ],
                          "type": "object",
                        },
                      },
                      "required": Array [
                        "source",
                        "gpus",
                        "ratePerHour",
                        "rateSource",
                        "sloP95Seconds",
                        "window",
                        "samples",
                        "minSamples",
                        "notEnoughSamples",
                        "mix",
                        "configs",
                        "fleets",
                        "truncated",
                        "recommendations",
                        "needs",
                        "notes",
                      ],
                      "title": "Capacity plan",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "configs": Object {
                          "items": Object {
                            "properties": Object {
                              "gpus": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "parallel": Object {
                                "type": "string",
                              },
                              "scv": Object {
                                "description": "Squared coefficient of variation of the service time for the mix",
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "name",
                              "gpus",
                              "parallel",
                              "meanServiceSeconds",
                              "scv",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "fleets": Object {
                          "items": Object {
                            "properties": Object {
                              "backends": Object {
                                "additionalProperties": Object {
                                  "type": "integer",
                                },
                                "description": "Backends of each configuration",
                                "type": "object",
                              },
                              "capacityPerHour": Object {
                                "description": "Videos per hour at saturation for the mix: 3600 x sum of 1 / E[S]",
                                "type": "number",
                              },
                              "fleet": Object {
                                "description": "e.g. \\"2 x u1r1\\"",
                                "type": "string",
                              },
                              "gpus": Object {
                                "type": "integer",
                              },
                              "gpuSecondsPerVideo": Object {
                                "description": "Busy GPU-seconds per video: service seconds x GPUs, over the backends the router would use",
                                "type": "number",
                              },
                              "load": Object {
                                "description": "The rate over the capacity",
                                "type": "number",
                              },
                              "loneRequestSeconds": Object {
                                "description": "A job alone: the fastest configuration's mean service time",
                                "type": "number",
                              },
                              "meetsSlo": Object {
                                "nullable": true,
                                "type": "boolean",
                              },
                              "method": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "model",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "simulation",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "saturated",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "p50Seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "p95Seconds": Object {
                                "description": "End-to-end at the rate; null when the rate reaches the capacity",
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "fleet",
                              "backends",
                              "gpus",
                              "capacityPerHour",
                              "load",
                              "p50Seconds",
                              "p95Seconds",
                              "loneRequestSeconds",
                              "gpuSecondsPerVideo",
                              "meetsSlo",
                              "method",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "gpus": Object {
                          "type": "integer",
                        },
                        "minSamples": Object {
                          "type": "integer",
                        },
                        "mix": Object {
                          "items": Object {
                            "properties": Object {
                              "planned": Object {
                                "type": "boolean",
                              },
                              "share": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "share",
                              "planned",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "needs": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "notEnoughSamples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "notes": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "ratePerHour": Object {
                          "type": "number",
                        },
                        "rateSource": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "given",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "observed",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "none",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "\\"none\\": no rate given and too few completions to observe one; predictions for a lone request",
                        },
                        "recommendations": Object {
                          "items": Object {
                            "properties": Object {
                              "fleet": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "goal": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "throughput",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "latency",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "cost",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "reason": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "goal",
                              "fleet",
                              "reason",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "samples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                              "meanServiceSeconds",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "sloP95Seconds": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "source": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "gateway",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "prometheus",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whose jobs the plan rests on: this gateway's, or every replica's",
                        },
                        "truncated": Object {
                          "type": "boolean",
                        },
                        "window": Object {
                          "description": "The completed jobs the plan rests on: first to last completion",
                          "nullable": true,
                          "properties": Object {
                            "completed": Object {
                              "type": "integer",
                            },
                            "fromMs": Object {
                              "type": "number",
                            },
                            "ratePerHour": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "seconds": Object {
                              "type": "number",
                            },
                            "toMs": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "fromMs",
                            "toMs",
                            "seconds",
                            "completed",
                            "ratePerHour",
                          ],
                          "type": "object",
                        },
                      },
                      "required": Array [
                        "source",
                        "gpus",
                        "ratePerHour",
                        "rateSource",
                        "sloP95Seconds",
                        "window",
                        "samples",
                        "minSamples",
                        "notEnoughSamples",
                        "mix",
                        "configs",
                        "fleets",
                        "truncated",
                        "recommendations",
                        "needs",
                        "notes",
                      ],
                      "title": "Capacity plan",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "How to split G GPUs between the configurations: every fleet's capacity, p50/p95 at the rate, cost, and three recommendations",
        "tags": Array [
          "plan",
        ],
      },
    },
    "/v1/plan.md": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "description": "GPUs to split between backends",
            "in": "query",
            "name": "gpus",
            "required": true,
            "schema": Object {
              "maximum": 4096,
              "minimum": 1,
              "type": "integer",
            },
          },
          Object {
            "description": "Arrivals per hour; default: the rate observed over the window of completed jobs",
            "in": "query",
            "name": "rate",
            "required": false,
            "schema": Object {
              "minimum": 0,
              "type": "number",
            },
          },
          Object {
            "description": "End-to-end p95 a fleet must keep to meet the SLO",
            "in": "query",
            "name": "slo_p95_seconds",
            "required": false,
            "schema": Object {
              "exclusiveMinimum": 0,
              "type": "number",
            },
          },
          Object {
            "description": "One workload key instead of the observed mix",
            "in": "query",
            "name": "workload",
            "required": false,
            "schema": Object {
              "maxLength": 100,
              "type": "string",
            },
          },
          Object {
            "description": "Backend names, comma-separated; default: every configured backend",
            "in": "query",
            "name": "configs",
            "required": false,
            "schema": Object {
              "maxLength": 2000,
              "type": "string",
            },
          },
          Object {
            "description": "Overrides the Accept header",
            "in": "query",
            "name": "format",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "json",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "md",
                  ],
                  "type": "string",
                },
              ],
            },
          },
          Object {
            "description": "Where the service times and the mix come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set",
            "in": "query",
            "name": "source",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "gateway",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "prometheus",
                  ],
                  "type": "string",
                },
              ],
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "anyOf": Array [
                    Object {
                      "properties": Object {
                        "configs": Object {
                          "items": Object {
                            "properties": Object {
                              "gpus": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "name": Object {
                                "type": "string",
                              },
                              "parallel": Object {
                                "type": "string",
                              },
                              "scv": Object {
                                "description": "Squared coefficient of variation of the service time for the mix",
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "name",
                              "gpus",
                              "parallel",
                              "meanServiceSeconds",
                              "scv",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "fleets": Object {
                          "items": Object {
                            "properties": Object {
                              "backends": Object {
                                "additionalProperties": Object {
                                  "type": "integer",
                                },
                                "description": "Backends of each configuration",
                                "type": "object",
                              },
                              "capacityPerHour": Object {
                                "description": "Videos per hour at saturation for the mix: 3600 x sum of 1 / E[S]",
                                "type": "number",
                              },
                              "fleet": Object {
                                "description": "e.g. \\"2 x u1r1\\"",
                                "type": "string",
                              },
                              "gpus": Object {
                                "type": "integer",
                              },
                              "gpuSecondsPerVideo": Object {
                                "description": "Busy GPU-seconds per video: service seconds x GPUs, over the backends the router would use",
                                "type": "number",
                              },
                              "load": Object {
                                "description": "The rate over the capacity",
                                "type": "number",
                              },
                              "loneRequestSeconds": Object {
                                "description": "A job alone: the fastest configuration's mean service time",
                                "type": "number",
                              },
                              "meetsSlo": Object {
                                "nullable": true,
                                "type": "boolean",
                              },
                              "method": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "model",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "simulation",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "saturated",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "p50Seconds": Object {
                                "nullable": true,
                                "type": "number",
                              },
                              "p95Seconds": Object {
                                "description": "End-to-end at the rate; null when the rate reaches the capacity",
                                "nullable": true,
                                "type": "number",
                              },
                            },
                            "required": Array [
                              "fleet",
                              "backends",
                              "gpus",
                              "capacityPerHour",
                              "load",
                              "p50Seconds",
                              "p95Seconds",
                              "loneRequestSeconds",
                              "gpuSecondsPerVideo",
                              "meetsSlo",
                              "method",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "gpus": Object {
                          "type": "integer",
                        },
                        "minSamples": Object {
                          "type": "integer",
                        },
                        "mix": Object {
                          "items": Object {
                            "properties": Object {
                              "planned": Object {
                                "type": "boolean",
                              },
                              "share": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "workload",
                              "share",
                              "planned",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "needs": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "notEnoughSamples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "notes": Object {
                          "items": Object {
                            "type": "string",
                          },
                          "type": "array",
                        },
                        "ratePerHour": Object {
                          "type": "number",
                        },
                        "rateSource": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "given",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "observed",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "none",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "\\"none\\": no rate given and too few completions to observe one; predictions for a lone request",
                        },
                        "recommendations": Object {
                          "items": Object {
                            "properties": Object {
                              "fleet": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "goal": Object {
                                "anyOf": Array [
                                  Object {
                                    "enum": Array [
                                      "throughput",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "latency",
                                    ],
                                    "type": "string",
                                  },
                                  Object {
                                    "enum": Array [
                                      "cost",
                                    ],
                                    "type": "string",
                                  },
                                ],
                              },
                              "reason": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "goal",
                              "fleet",
                              "reason",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "samples": Object {
                          "items": Object {
                            "properties": Object {
                              "config": Object {
                                "type": "string",
                              },
                              "count": Object {
                                "type": "integer",
                              },
                              "meanServiceSeconds": Object {
                                "type": "number",
                              },
                              "workload": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "config",
                              "workload",
                              "count",
                              "meanServiceSeconds",
                            ],
                            "type": "object",
                          },
                          "type": "array",
                        },
                        "sloP95Seconds": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "source": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "gateway",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "prometheus",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "Whose jobs the plan rests on: this gateway's, or every replica's",
                        },
                        "truncated": Object {
                          "type": "boolean",
                        },
                        "window": Object {
                          "description": "The completed jobs the plan rests on: first to last completion",
                          "nullable": true,
                          "properties": Object {
                            "completed": Object {
                              "type": "integer",
                            },
                            "fromMs": Object {
                              "type": "number",
                            },
                            "ratePerHour": Object {
                              "nullable": true,
                              "type": "number",
                            },
                            "seconds": Object {
                              "type": "number",
                            },
                            "toMs": Object {
                              "type": "number",
                            },
                          },
                          "required": Array [
                            "fromMs",
                            "toMs",
                            "seconds",
                            "completed",
                            "ratePerHour",
                          ],
                          "type": "object",
                        },
                      },
                      "required": Array [
                        "source",
                        "gpus",
                        "ratePerHour",
                        "rateSource",
                        "sloP95Seconds",
                        "window",
                        "samples",
                        "minSamples",
                        "notEnoughSamples",
                        "mix",
                        "configs",
                        "fleets",
                        "truncated",
                        "recommendations",
                        "needs",
                        "notes",
                      ],
                      "title": "Capacity plan",
                      "type": "object",
                    },
                    Object {
                      "type": "string",
                    },
                  ],
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "text/markdown": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The capacity plan as Markdown",
        "tags": Array [
          "plan",
        ],
      },
    },
    "/v1/video/generate": Object {
      "post": Object {
        "description": "Answers 202 with the job at once. \`Prefer: wait=N\` (RFC 7240) or \`?wait=N\` holds the answer up to N seconds for completion (200 when it completed in time).",
        "parameters": Array [
          Object {
            "description": "Hold the answer up to this many seconds for completion (as Prefer: wait=N)",
            "in": "query",
            "name": "wait",
            "required": false,
            "schema": Object {
              "maximum": 3600,
              "minimum": 0,
              "type": "integer",
            },
          },
        ],
        "requestBody": Object {
          "content": Object {
            "application/json": Object {
              "schema": Object {
                "additionalProperties": false,
                "properties": Object {
                  "backend": Object {
                    "default": "auto",
                    "description": "A configured backend name or \\"auto\\"",
                    "pattern": "^([a-z0-9][a-z0-9_-]{0,31})$",
                    "type": "string",
                  },
                  "fps": Object {
                    "maximum": 120,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "guidance_scale": Object {
                    "maximum": 100,
                    "minimum": 0,
                    "type": "number",
                  },
                  "model": Object {
                    "maxLength": 256,
                    "type": "string",
                  },
                  "n": Object {
                    "description": "As num_outputs_per_prompt, which wins when both are given",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "negative_prompt": Object {
                    "maxLength": 10000,
                    "type": "string",
                  },
                  "num_frames": Object {
                    "maximum": 2000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_inference_steps": Object {
                    "maximum": 1000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_outputs_per_prompt": Object {
                    "description": "Videos to make for the prompt, 1 to 10 (SGLang clamps)",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "prompt": Object {
                    "maxLength": 10000,
                    "minLength": 1,
                    "type": "string",
                  },
                  "reference_url": Object {
                    "maxLength": 8192,
                    "pattern": "^(https?://|data:image/)",
                    "type": "string",
                  },
                  "seconds": Object {
                    "maximum": 60,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "seed": Object {
                    "maximum": 4294967295,
                    "minimum": 0,
                    "type": "integer",
                  },
                  "size": Object {
                    "description": "WIDTHxHEIGHT, e.g. 1280x704",
                    "pattern": "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$",
                    "type": "string",
                  },
                },
                "required": Array [
                  "prompt",
                ],
                "title": "Generate request",
                "type": "object",
              },
            },
          },
          "required": true,
        },
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backend": Object {
                      "type": "string",
                    },
                    "backend_failing": Object {
                      "description": "Set while the gateway cannot poll the job's backend; past RINGSIDE_BACKEND_UNREACHABLE_SECONDS the job is failed",
                      "nullable": true,
                      "properties": Object {
                        "error": Object {
                          "description": "The latest poll failure",
                          "type": "string",
                        },
                        "failed_polls": Object {
                          "minimum": 1,
                          "type": "integer",
                        },
                        "since": Object {
                          "description": "First failed poll of the run of failures, epoch seconds",
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "since",
                        "error",
                        "failed_polls",
                      ],
                      "type": "object",
                    },
                    "completed_at": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "created_at": Object {
                      "description": "Submission time at the gateway, epoch seconds",
                      "type": "number",
                    },
                    "denoise_steps": Object {
                      "nullable": true,
                      "properties": Object {
                        "count": Object {
                          "type": "integer",
                        },
                        "max_seconds": Object {
                          "type": "number",
                        },
                        "mean_seconds": Object {
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "count",
                        "mean_seconds",
                        "max_seconds",
                      ],
                      "type": "object",
                    },
                    "duration_seconds": Object {
                      "description": "Submit to completed, as the gateway saw it (the seed page's Total)",
                      "nullable": true,
                      "type": "number",
                    },
                    "error": Object {
                      "nullable": true,
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "code",
                      ],
                      "type": "object",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "inference_time_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "links": Object {
                      "properties": Object {
                        "content": Object {
                          "description": "The first (or only) video",
                          "type": "string",
                        },
                        "self": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "self",
                        "content",
                      ],
                      "type": "object",
                    },
                    "memory": Object {
                      "nullable": true,
                      "properties": Object {
                        "overhead_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "overhead_ratio": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_allocated_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_reserved_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "peak_reserved_bytes",
                        "peak_allocated_bytes",
                        "overhead_bytes",
                        "overhead_ratio",
                      ],
                      "type": "object",
                    },
                    "num_outputs": Object {
                      "description": "Videos the job makes (num_outputs_per_prompt, else n); the backend's count once completed",
                      "minimum": 1,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "video.job",
                      ],
                      "type": "string",
                    },
                    "outputs": Object {
                      "description": "Once completed: where to download each video",
                      "items": Object {
                        "properties": Object {
                          "content": Object {
                            "type": "string",
                          },
                          "index": Object {
                            "description": "The \`variant\` of the content route",
                            "type": "integer",
                          },
                        },
                        "required": Array [
                          "index",
                          "content",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "progress": Object {
                      "maximum": 100,
                      "minimum": 0,
                      "type": "integer",
                    },
                    "queue_wait_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "record_source": Object {
                      "description": "performance_log, perf_dump or job (fallback)",
                      "nullable": true,
                      "type": "string",
                    },
                    "stages": Object {
                      "items": Object {
                        "properties": Object {
                          "name": Object {
                            "description": "Stage name without the Stage suffix, as the seed page writes it",
                            "type": "string",
                          },
                          "seconds": Object {
                            "type": "number",
                          },
                        },
                        "required": Array [
                          "name",
                          "seconds",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "started_at": Object {
                      "description": "When the FIFO backend began this job, epoch seconds",
                      "nullable": true,
                      "type": "number",
                    },
                    "status": Object {
                      "anyOf": Array [
                        Object {
                          "enum": Array [
                            "queued",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "running",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "completed",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "failed",
                          ],
                          "type": "string",
                        },
                      ],
                    },
                    "storage": Object {
                      "description": "Where the completed job's videos live; null until completed",
                      "nullable": true,
                      "properties": Object {
                        "location": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "backend",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "cloud",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "not_kept",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "backend: its /content serves the videos; cloud: the first video was uploaded to \`url\` (SGLANG_CLOUD_STORAGE_TYPE), the content route redirects there; not_kept: the backend kept no copy (no output path), nothing can be downloaded",
                        },
                        "url": Object {
                          "description": "The cloud URL of the first video",
                          "nullable": true,
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "location",
                        "url",
                      ],
                      "type": "object",
                    },
                    "workload": Object {
                      "description": "The work the job is on its backend, the model's defaults applied; null for a job this gateway did not submit",
                      "nullable": true,
                      "properties": Object {
                        "frames": Object {
                          "description": "Frames rendered, after the model's rounding",
                          "type": "integer",
                        },
                        "height": Object {
                          "type": "integer",
                        },
                        "key": Object {
                          "description": "The label its measures carry: task-WIDTHxHEIGHT-FRAMESf-STEPSs (-xN for N videos), \`other\` past RINGSIDE_MAX_WORKLOADS",
                          "type": "string",
                        },
                        "outputs": Object {
                          "type": "integer",
                        },
                        "steps": Object {
                          "type": "integer",
                        },
                        "task": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "t2v",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "i2v",
                              ],
                              "type": "string",
                            },
                          ],
                        },
                        "tokens": Object {
                          "description": "The DiT's sequence length for one video: what ring SP splits",
                          "type": "integer",
                        },
                        "width": Object {
                          "type": "integer",
                        },
                      },
                      "required": Array [
                        "key",
                        "task",
                        "width",
                        "height",
                        "frames",
                        "steps",
                        "outputs",
                        "tokens",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "status",
                    "backend",
                    "workload",
                    "progress",
                    "created_at",
                    "started_at",
                    "completed_at",
                    "queue_wait_seconds",
                    "duration_seconds",
                    "inference_time_seconds",
                    "error",
                    "backend_failing",
                    "stages",
                    "denoise_steps",
                    "memory",
                    "record_source",
                    "storage",
                    "num_outputs",
                    "outputs",
                    "links",
                  ],
                  "title": "Job",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "202": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backend": Object {
                      "type": "string",
                    },
                    "backend_failing": Object {
                      "description": "Set while the gateway cannot poll the job's backend; past RINGSIDE_BACKEND_UNREACHABLE_SECONDS the job is failed",
                      "nullable": true,
                      "properties": Object {
                        "error": Object {
                          "description": "The latest poll failure",
                          "type": "string",
                        },
                        "failed_polls": Object {
                          "minimum": 1,
                          "type": "integer",
                        },
                        "since": Object {
                          "description": "First failed poll of the run of failures, epoch seconds",
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "since",
                        "error",
                        "failed_polls",
                      ],
                      "type": "object",
                    },
                    "completed_at": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "created_at": Object {
                      "description": "Submission time at the gateway, epoch seconds",
                      "type": "number",
                    },
                    "denoise_steps": Object {
                      "nullable": true,
                      "properties": Object {
                        "count": Object {
                          "type": "integer",
                        },
                        "max_seconds": Object {
                          "type": "number",
                        },
                        "mean_seconds": Object {
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "count",
                        "mean_seconds",
                        "max_seconds",
                      ],
                      "type": "object",
                    },
                    "duration_seconds": Object {
                      "description": "Submit to completed, as the gateway saw it (the seed page's Total)",
                      "nullable": true,
                      "type": "number",
                    },
                    "error": Object {
                      "nullable": true,
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "code",
                      ],
                      "type": "object",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "inference_time_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "links": Object {
                      "properties": Object {
                        "content": Object {
                          "description": "The first (or only) video",
                          "type": "string",
                        },
                        "self": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "self",
                        "content",
                      ],
                      "type": "object",
                    },
                    "memory": Object {
                      "nullable": true,
                      "properties": Object {
                        "overhead_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "overhead_ratio": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_allocated_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_reserved_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "peak_reserved_bytes",
                        "peak_allocated_bytes",
                        "overhead_bytes",
                        "overhead_ratio",
                      ],
                      "type": "object",
                    },
                    "num_outputs": Object {
                      "description": "Videos the job makes (num_outputs_per_prompt, else n); the backend's count once completed",
                      "minimum": 1,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "video.job",
                      ],
                      "type": "string",
                    },
                    "outputs": Object {
                      "description": "Once completed: where to download each video",
                      "items": Object {
                        "properties": Object {
                          "content": Object {
                            "type": "string",
                          },
                          "index": Object {
                            "description": "The \`variant\` of the content route",
                            "type": "integer",
                          },
                        },
                        "required": Array [
                          "index",
                          "content",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "progress": Object {
                      "maximum": 100,
                      "minimum": 0,
                      "type": "integer",
                    },
                    "queue_wait_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "record_source": Object {
                      "description": "performance_log, perf_dump or job (fallback)",
                      "nullable": true,
                      "type": "string",
                    },
                    "stages": Object {
                      "items": Object {
                        "properties": Object {
                          "name": Object {
                            "description": "Stage name without the Stage suffix, as the seed page writes it",
                            "type": "string",
                          },
                          "seconds": Object {
                            "type": "number",
                          },
                        },
                        "required": Array [
                          "name",
                          "seconds",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "started_at": Object {
                      "description": "When the FIFO backend began this job, epoch seconds",
                      "nullable": true,
                      "type": "number",
                    },
                    "status": Object {
                      "anyOf": Array [
                        Object {
                          "enum": Array [
                            "queued",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "running",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "completed",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "failed",
                          ],
                          "type": "string",
                        },
                      ],
                    },
                    "storage": Object {
                      "description": "Where the completed job's videos live; null until completed",
                      "nullable": true,
                      "properties": Object {
                        "location": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "backend",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "cloud",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "not_kept",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "backend: its /content serves the videos; cloud: the first video was uploaded to \`url\` (SGLANG_CLOUD_STORAGE_TYPE), the content route redirects there; not_kept: the backend kept no copy (no output path), nothing can be downloaded",
                        },
                        "url": Object {
                          "description": "The cloud URL of the first video",
                          "nullable": true,
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "location",
                        "url",
                      ],
                      "type": "object",
                    },
                    "workload": Object {
                      "description": "The work the job is on its backend, the model's defaults applied; null for a job this gateway did not submit",
                      "nullable": true,
                      "properties": Object {
                        "frames": Object {
                          "description": "Frames rendered, after the model's rounding",
                          "type": "integer",
                        },
                        "height": Object {
                          "type": "integer",
                        },
                        "key": Object {
                          "description": "The label its measures carry: task-WIDTHxHEIGHT-FRAMESf-STEPSs (-xN for N videos), \`other\` past RINGSIDE_MAX_WORKLOADS",
                          "type": "string",
                        },
                        "outputs": Object {
                          "type": "integer",
                        },
                        "steps": Object {
                          "type": "integer",
                        },
                        "task": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "t2v",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "i2v",
                              ],
                              "type": "string",
                            },
                          ],
                        },
                        "tokens": Object {
                          "description": "The DiT's sequence length for one video: what ring SP splits",
                          "type": "integer",
                        },
                        "width": Object {
                          "type": "integer",
                        },
                      },
                      "required": Array [
                        "key",
                        "task",
                        "width",
                        "height",
                        "frames",
                        "steps",
                        "outputs",
                        "tokens",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "status",
                    "backend",
                    "workload",
                    "progress",
                    "created_at",
                    "started_at",
                    "completed_at",
                    "queue_wait_seconds",
                    "duration_seconds",
                    "inference_time_seconds",
                    "error",
                    "backend_failing",
                    "stages",
                    "denoise_steps",
                    "memory",
                    "record_source",
                    "storage",
                    "num_outputs",
                    "outputs",
                    "links",
                  ],
                  "title": "Job",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "401": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "413": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "415": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Generate a video on a backend (by name, or \`auto\` for the routing policy)",
        "tags": Array [
          "video",
        ],
      },
    },
    "/v1/video/jobs/{id}": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backend": Object {
                      "type": "string",
                    },
                    "backend_failing": Object {
                      "description": "Set while the gateway cannot poll the job's backend; past RINGSIDE_BACKEND_UNREACHABLE_SECONDS the job is failed",
                      "nullable": true,
                      "properties": Object {
                        "error": Object {
                          "description": "The latest poll failure",
                          "type": "string",
                        },
                        "failed_polls": Object {
                          "minimum": 1,
                          "type": "integer",
                        },
                        "since": Object {
                          "description": "First failed poll of the run of failures, epoch seconds",
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "since",
                        "error",
                        "failed_polls",
                      ],
                      "type": "object",
                    },
                    "completed_at": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "created_at": Object {
                      "description": "Submission time at the gateway, epoch seconds",
                      "type": "number",
                    },
                    "denoise_steps": Object {
                      "nullable": true,
                      "properties": Object {
                        "count": Object {
                          "type": "integer",
                        },
                        "max_seconds": Object {
                          "type": "number",
                        },
                        "mean_seconds": Object {
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "count",
                        "mean_seconds",
                        "max_seconds",
                      ],
                      "type": "object",
                    },
                    "duration_seconds": Object {
                      "description": "Submit to completed, as the gateway saw it (the seed page's Total)",
                      "nullable": true,
                      "type": "number",
                    },
                    "error": Object {
                      "nullable": true,
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "code",
                      ],
                      "type": "object",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "inference_time_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "links": Object {
                      "properties": Object {
                        "content": Object {
                          "description": "The first (or only) video",
                          "type": "string",
                        },
                        "self": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "self",
                        "content",
                      ],
                      "type": "object",
                    },
                    "memory": Object {
                      "nullable": true,
                      "properties": Object {
                        "overhead_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "overhead_ratio": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_allocated_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                        "peak_reserved_bytes": Object {
                          "nullable": true,
                          "type": "number",
                        },
                      },
                      "required": Array [
                        "peak_reserved_bytes",
                        "peak_allocated_bytes",
                        "overhead_bytes",
                        "overhead_ratio",
                      ],
                      "type": "object",
                    },
                    "num_outputs": Object {
                      "description": "Videos the job makes (num_outputs_per_prompt, else n); the backend's count once completed",
                      "minimum": 1,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "video.job",
                      ],
                      "type": "string",
                    },
                    "outputs": Object {
                      "description": "Once completed: where to download each video",
                      "items": Object {
                        "properties": Object {
                          "content": Object {
                            "type": "string",
                          },
                          "index": Object {
                            "description": "The \`variant\` of the content route",
                            "type": "integer",
                          },
                        },
                        "required": Array [
                          "index",
                          "content",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "progress": Object {
                      "maximum": 100,
                      "minimum": 0,
                      "type": "integer",
                    },
                    "queue_wait_seconds": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "record_source": Object {
                      "description": "performance_log, perf_dump or job (fallback)",
                      "nullable": true,
                      "type": "string",
                    },
                    "stages": Object {
                      "items": Object {
                        "properties": Object {
                          "name": Object {
                            "description": "Stage name without the Stage suffix, as the seed page writes it",
                            "type": "string",
                          },
                          "seconds": Object {
                            "type": "number",
                          },
                        },
                        "required": Array [
                          "name",
                          "seconds",
                        ],
                        "type": "object",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "started_at": Object {
                      "description": "When the FIFO backend began this job, epoch seconds",
                      "nullable": true,
                      "type": "number",
                    },
                    "status": Object {
                      "anyOf": Array [
                        Object {
                          "enum": Array [
                            "queued",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "running",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "completed",
                          ],
                          "type": "string",
                        },
                        Object {
                          "enum": Array [
                            "failed",
                          ],
                          "type": "string",
                        },
                      ],
                    },
                    "storage": Object {
                      "description": "Where the completed job's videos live; null until completed",
                      "nullable": true,
                      "properties": Object {
                        "location": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "backend",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "cloud",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "not_kept",
                              ],
                              "type": "string",
                            },
                          ],
                          "description": "backend: its /content serves the videos; cloud: the first video was uploaded to \`url\` (SGLANG_CLOUD_STORAGE_TYPE), the content route redirects there; not_kept: the backend kept no copy (no output path), nothing can be downloaded",
                        },
                        "url": Object {
                          "description": "The cloud URL of the first video",
                          "nullable": true,
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "location",
                        "url",
                      ],
                      "type": "object",
                    },
                    "workload": Object {
                      "description": "The work the job is on its backend, the model's defaults applied; null for a job this gateway did not submit",
                      "nullable": true,
                      "properties": Object {
                        "frames": Object {
                          "description": "Frames rendered, after the model's rounding",
                          "type": "integer",
                        },
                        "height": Object {
                          "type": "integer",
                        },
                        "key": Object {
                          "description": "The label its measures carry: task-WIDTHxHEIGHT-FRAMESf-STEPSs (-xN for N videos), \`other\` past RINGSIDE_MAX_WORKLOADS",
                          "type": "string",
                        },
                        "outputs": Object {
                          "type": "integer",
                        },
                        "steps": Object {
                          "type": "integer",
                        },
                        "task": Object {
                          "anyOf": Array [
                            Object {
                              "enum": Array [
                                "t2v",
                              ],
                              "type": "string",
                            },
                            Object {
                              "enum": Array [
                                "i2v",
                              ],
                              "type": "string",
                            },
                          ],
                        },
                        "tokens": Object {
                          "description": "The DiT's sequence length for one video: what ring SP splits",
                          "type": "integer",
                        },
                        "width": Object {
                          "type": "integer",
                        },
                      },
                      "required": Array [
                        "key",
                        "task",
                        "width",
                        "height",
                        "frames",
                        "steps",
                        "outputs",
                        "tokens",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "status",
                    "backend",
                    "workload",
                    "progress",
                    "created_at",
                    "started_at",
                    "completed_at",
                    "queue_wait_seconds",
                    "duration_seconds",
                    "inference_time_seconds",
                    "error",
                    "backend_failing",
                    "stages",
                    "denoise_steps",
                    "memory",
                    "record_source",
                    "storage",
                    "num_outputs",
                    "outputs",
                    "links",
                  ],
                  "title": "Job",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The job: status, backend, timestamps, and once completed its stage timings and memory",
        "tags": Array [
          "video",
        ],
      },
    },
    "/v1/video/jobs/{id}/content": Object {
      "get": Object {
        "description": "A job of several outputs (\`num_outputs_per_prompt\` or \`n\`) has one video per index: \`?variant=<index>\`, 0 by default.",
        "parameters": Array [
          Object {
            "description": "Which output: 0 to num_outputs - 1 (SGLang makes at most 10)",
            "in": "query",
            "name": "variant",
            "required": false,
            "schema": Object {
              "maximum": 9,
              "minimum": 0,
              "type": "integer",
            },
          },
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "description": "video/mp4",
                  "format": "binary",
                  "type": "string",
                },
              },
            },
            "description": "video/mp4",
          },
          "206": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "description": "video/mp4",
                  "format": "binary",
                  "type": "string",
                },
              },
            },
            "description": "video/mp4",
          },
          "302": Object {
            "description": "The video is in the backend's cloud storage (SGLANG_CLOUD_STORAGE_TYPE): Location is its URL",
          },
          "404": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "409": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "410": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "416": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "$ref": "#/components/schemas/ErrorResponse",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The mp4: streamed from the backend, then kept by the gateway (a kept one answers Range requests)",
        "tags": Array [
          "video",
        ],
      },
    },
    "/v1/videos": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "query",
            "name": "after",
            "required": false,
            "schema": Object {
              "maxLength": 512,
              "type": "string",
            },
          },
          Object {
            "description": "At most this many; without it, every job (as SGLang lists them)",
            "in": "query",
            "name": "limit",
            "required": false,
            "schema": Object {
              "maximum": 100,
              "minimum": 1,
              "type": "integer",
            },
          },
          Object {
            "in": "query",
            "name": "order",
            "required": false,
            "schema": Object {
              "anyOf": Array [
                Object {
                  "enum": Array [
                    "asc",
                  ],
                  "type": "string",
                },
                Object {
                  "enum": Array [
                    "desc",
                  ],
                  "type": "string",
                },
              ],
              "default": "desc",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "data": Object {
                      "items": Object {
                        "properties": Object {
                          "backend": Object {
                            "description": "Ringside: the backend that runs the job",
                            "type": "string",
                          },
                          "completed_at": Object {
                            "nullable": true,
                            "type": "integer",
                          },
                          "created_at": Object {
                            "type": "integer",
                          },
                          "error": Object {
                            "nullable": true,
                            "properties": Object {
                              "code": Object {
                                "nullable": true,
                                "type": "string",
                              },
                              "message": Object {
                                "type": "string",
                              },
                            },
                            "required": Array [
                              "message",
                            ],
                            "type": "object",
                          },
                          "expires_at": Object {
                            "nullable": true,
                            "type": "integer",
                          },
                          "file_path": Object {
                            "description": "Always null: the backend's file path is not shown (download from \`url\`)",
                            "nullable": true,
                            "type": "string",
                          },
                          "file_paths": Object {
                            "description": "Always null: the backend's file paths are not shown (\`/content?variant=<index>\`)",
                            "items": Object {
                              "type": "string",
                            },
                            "nullable": true,
                            "type": "array",
                          },
                          "id": Object {
                            "type": "string",
                          },
                          "inference_time_s": Object {
                            "nullable": true,
                            "type": "number",
                          },
                          "model": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "num_outputs": Object {
                            "nullable": true,
                            "type": "integer",
                          },
                          "object": Object {
                            "enum": Array [
                              "video",
                            ],
                            "type": "string",
                          },
                          "peak_memory_mb": Object {
                            "nullable": true,
                            "type": "number",
                          },
                          "progress": Object {
                            "description": "Percent; while in_progress an estimate from the backend's expected service time (at most 99), as SGLang says only 0 or 100",
                            "type": "integer",
                          },
                          "prompt": Object {
                            "description": "The prompt as submitted (its first 2,000 characters); null for a job another gateway submitted",
                            "nullable": true,
                            "type": "string",
                          },
                          "quality": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "remixed_from_video_id": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "seconds": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "size": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "status": Object {
                            "description": "queued, in_progress, completed or failed",
                            "type": "string",
                          },
                          "url": Object {
                            "nullable": true,
                            "type": "string",
                          },
                          "workload": Object {
                            "description": "Ringside: the workload key its measures carry (the job view has its shape)",
                            "nullable": true,
                            "type": "string",
                          },
                        },
                        "required": Array [
                          "id",
                          "object",
                          "model",
                          "status",
                          "progress",
                          "prompt",
                          "created_at",
                          "size",
                          "seconds",
                          "quality",
                          "url",
                          "remixed_from_video_id",
                          "completed_at",
                          "expires_at",
                          "error",
                          "file_path",
                          "file_paths",
                          "num_outputs",
                          "peak_memory_mb",
                          "inference_time_s",
                          "backend",
                          "workload",
                        ],
                        "title": "Video (OpenAI-compatible)",
                        "type": "object",
                      },
                      "type": "array",
                    },
                    "first_id": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "has_more": Object {
                      "type": "boolean",
                    },
                    "last_id": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "object": Object {
                      "enum": Array [
                        "list",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "object",
                    "data",
                    "first_id",
                    "last_id",
                    "has_more",
                  ],
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "The caller's videos this gateway knows (every key's for an admin key), newest first",
        "tags": Array [
          "openai",
        ],
      },
      "post": Object {
        "requestBody": Object {
          "content": Object {
            "application/json": Object {
              "schema": Object {
                "additionalProperties": false,
                "properties": Object {
                  "backend": Object {
                    "default": "auto",
                    "description": "A configured backend name or \\"auto\\"",
                    "pattern": "^([a-z0-9][a-z0-9_-]{0,31})$",
                    "type": "string",
                  },
                  "fps": Object {
                    "maximum": 120,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "guidance_scale": Object {
                    "maximum": 100,
                    "minimum": 0,
                    "type": "number",
                  },
                  "input_reference": Object {
                    "description": "The reference image as a multipart file (an OpenAI \`{ image_url }\` is read as reference_url)",
                  },
                  "model": Object {
                    "maxLength": 256,
                    "type": "string",
                  },
                  "n": Object {
                    "description": "As num_outputs_per_prompt, which wins when both are given",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "negative_prompt": Object {
                    "maxLength": 10000,
                    "type": "string",
                  },
                  "num_frames": Object {
                    "maximum": 2000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_inference_steps": Object {
                    "maximum": 1000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_outputs_per_prompt": Object {
                    "description": "Videos to make for the prompt, 1 to 10 (SGLang clamps)",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "prompt": Object {
                    "maxLength": 10000,
                    "minLength": 1,
                    "type": "string",
                  },
                  "reference_url": Object {
                    "maxLength": 8192,
                    "pattern": "^(https?://|data:image/)",
                    "type": "string",
                  },
                  "seconds": Object {
                    "description": "The OpenAI SDK sends a string; it is read as an integer",
                    "maximum": 60,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "seed": Object {
                    "maximum": 4294967295,
                    "minimum": 0,
                    "type": "integer",
                  },
                  "size": Object {
                    "description": "WIDTHxHEIGHT, e.g. 1280x704",
                    "pattern": "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$",
                    "type": "string",
                  },
                },
                "required": Array [
                  "prompt",
                ],
                "title": "Create video (OpenAI-compatible)",
                "type": "object",
              },
            },
            "multipart/form-data": Object {
              "schema": Object {
                "additionalProperties": false,
                "properties": Object {
                  "backend": Object {
                    "default": "auto",
                    "description": "A configured backend name or \\"auto\\"",
                    "pattern": "^([a-z0-9][a-z0-9_-]{0,31})$",
                    "type": "string",
                  },
                  "fps": Object {
                    "maximum": 120,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "guidance_scale": Object {
                    "maximum": 100,
                    "minimum": 0,
                    "type": "number",
                  },
                  "input_reference": Object {
                    "description": "The reference image as a multipart file (an OpenAI \`{ image_url }\` is read as reference_url)",
                  },
                  "model": Object {
                    "maxLength": 256,
                    "type": "string",
                  },
                  "n": Object {
                    "description": "As num_outputs_per_prompt, which wins when both are given",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "negative_prompt": Object {
                    "maxLength": 10000,
                    "type": "string",
                  },
                  "num_frames": Object {
                    "maximum": 2000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_inference_steps": Object {
                    "maximum": 1000,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "num_outputs_per_prompt": Object {
                    "description": "Videos to make for the prompt, 1 to 10 (SGLang clamps)",
                    "maximum": 1000000000,
                    "minimum": -1000000000,
                    "type": "integer",
                  },
                  "prompt": Object {
                    "maxLength": 10000,
                    "minLength": 1,
                    "type": "string",
                  },
                  "reference_url": Object {
                    "maxLength": 8192,
                    "pattern": "^(https?://|data:image/)",
                    "type": "string",
                  },
                  "seconds": Object {
                    "description": "The OpenAI SDK sends a string; it is read as an integer",
                    "maximum": 60,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "seed": Object {
                    "maximum": 4294967295,
                    "minimum": 0,
                    "type": "integer",
                  },
                  "size": Object {
                    "description": "WIDTHxHEIGHT, e.g. 1280x704",
                    "pattern": "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$",
                    "type": "string",
                  },
                },
                "required": Array [
                  "prompt",
                ],
                "title": "Create video (OpenAI-compatible)",
                "type": "object",
              },
            },
          },
          "required": true,
        },
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backend": Object {
                      "description": "Ringside: the backend that runs the job",
                      "type": "string",
                    },
                    "completed_at": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "created_at": Object {
                      "type": "integer",
                    },
                    "error": Object {
                      "nullable": true,
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                      ],
                      "type": "object",
                    },
                    "expires_at": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "file_path": Object {
                      "description": "Always null: the backend's file path is not shown (download from \`url\`)",
                      "nullable": true,
                      "type": "string",
                    },
                    "file_paths": Object {
                      "description": "Always null: the backend's file paths are not shown (\`/content?variant=<index>\`)",
                      "items": Object {
                        "type": "string",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "inference_time_s": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "model": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "num_outputs": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "video",
                      ],
                      "type": "string",
                    },
                    "peak_memory_mb": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "progress": Object {
                      "description": "Percent; while in_progress an estimate from the backend's expected service time (at most 99), as SGLang says only 0 or 100",
                      "type": "integer",
                    },
                    "prompt": Object {
                      "description": "The prompt as submitted (its first 2,000 characters); null for a job another gateway submitted",
                      "nullable": true,
                      "type": "string",
                    },
                    "quality": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "remixed_from_video_id": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "seconds": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "size": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "status": Object {
                      "description": "queued, in_progress, completed or failed",
                      "type": "string",
                    },
                    "url": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "workload": Object {
                      "description": "Ringside: the workload key its measures carry (the job view has its shape)",
                      "nullable": true,
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "model",
                    "status",
                    "progress",
                    "prompt",
                    "created_at",
                    "size",
                    "seconds",
                    "quality",
                    "url",
                    "remixed_from_video_id",
                    "completed_at",
                    "expires_at",
                    "error",
                    "file_path",
                    "file_paths",
                    "num_outputs",
                    "peak_memory_mb",
                    "inference_time_s",
                    "backend",
                    "workload",
                  ],
                  "title": "Video (OpenAI-compatible)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "400": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "401": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "413": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "415": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Create a video (JSON or multipart, as the OpenAI SDK sends it)",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/{id}": Object {
      "delete": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "deleted": Object {
                      "enum": Array [
                        true,
                      ],
                      "type": "boolean",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "object": Object {
                      "enum": Array [
                        "video.deleted",
                      ],
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "deleted",
                  ],
                  "title": "VideoDeleteResponse (OpenAI)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Delete a video job (SGLang does not stop a running generation)",
        "tags": Array [
          "openai",
        ],
      },
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "backend": Object {
                      "description": "Ringside: the backend that runs the job",
                      "type": "string",
                    },
                    "completed_at": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "created_at": Object {
                      "type": "integer",
                    },
                    "error": Object {
                      "nullable": true,
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                      ],
                      "type": "object",
                    },
                    "expires_at": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "file_path": Object {
                      "description": "Always null: the backend's file path is not shown (download from \`url\`)",
                      "nullable": true,
                      "type": "string",
                    },
                    "file_paths": Object {
                      "description": "Always null: the backend's file paths are not shown (\`/content?variant=<index>\`)",
                      "items": Object {
                        "type": "string",
                      },
                      "nullable": true,
                      "type": "array",
                    },
                    "id": Object {
                      "type": "string",
                    },
                    "inference_time_s": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "model": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "num_outputs": Object {
                      "nullable": true,
                      "type": "integer",
                    },
                    "object": Object {
                      "enum": Array [
                        "video",
                      ],
                      "type": "string",
                    },
                    "peak_memory_mb": Object {
                      "nullable": true,
                      "type": "number",
                    },
                    "progress": Object {
                      "description": "Percent; while in_progress an estimate from the backend's expected service time (at most 99), as SGLang says only 0 or 100",
                      "type": "integer",
                    },
                    "prompt": Object {
                      "description": "The prompt as submitted (its first 2,000 characters); null for a job another gateway submitted",
                      "nullable": true,
                      "type": "string",
                    },
                    "quality": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "remixed_from_video_id": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "seconds": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "size": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "status": Object {
                      "description": "queued, in_progress, completed or failed",
                      "type": "string",
                    },
                    "url": Object {
                      "nullable": true,
                      "type": "string",
                    },
                    "workload": Object {
                      "description": "Ringside: the workload key its measures carry (the job view has its shape)",
                      "nullable": true,
                      "type": "string",
                    },
                  },
                  "required": Array [
                    "id",
                    "object",
                    "model",
                    "status",
                    "progress",
                    "prompt",
                    "created_at",
                    "size",
                    "seconds",
                    "quality",
                    "url",
                    "remixed_from_video_id",
                    "completed_at",
                    "expires_at",
                    "error",
                    "file_path",
                    "file_paths",
                    "num_outputs",
                    "peak_memory_mb",
                    "inference_time_s",
                    "backend",
                    "workload",
                  ],
                  "title": "Video (OpenAI-compatible)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Retrieve a video job",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/{id}/content": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "description": "video (output 0) or an output index",
            "in": "query",
            "name": "variant",
            "required": false,
            "schema": Object {
              "maxLength": 32,
              "type": "string",
            },
          },
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "maxLength": 512,
              "minLength": 1,
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "200": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "description": "video/mp4",
                  "format": "binary",
                  "type": "string",
                },
              },
            },
            "description": "video/mp4",
          },
          "206": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "description": "video/mp4",
                  "format": "binary",
                  "type": "string",
                },
              },
            },
            "description": "video/mp4",
          },
          "302": Object {
            "description": "The video is in the backend's cloud storage (SGLANG_CLOUD_STORAGE_TYPE): Location is its URL",
          },
          "404": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "409": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "410": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "416": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "502": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "504": Object {
            "content": Object {
              "video/mp4": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Download the mp4: \`variant\` is \`video\` (the first output) or SGLang's index of one of several outputs",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/{id}/remix": Object {
      "post": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Not supported (videos.remix): SGLang has no such operation",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/characters": Object {
      "post": Object {
        "responses": Object {
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Not supported (videos.createCharacter): SGLang has no such operation",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/characters/{id}": Object {
      "get": Object {
        "parameters": Array [
          Object {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": Object {
              "type": "string",
            },
          },
        ],
        "responses": Object {
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Not supported (videos.getCharacter): SGLang has no such operation",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/edits": Object {
      "post": Object {
        "responses": Object {
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Not supported (videos.edit): SGLang has no such operation",
        "tags": Array [
          "openai",
        ],
      },
    },
    "/v1/videos/extensions": Object {
      "post": Object {
        "responses": Object {
          "403": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "404": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "429": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
          "503": Object {
            "content": Object {
              "application/json": Object {
                "schema": Object {
                  "properties": Object {
                    "error": Object {
                      "properties": Object {
                        "code": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "message": Object {
                          "type": "string",
                        },
                        "param": Object {
                          "nullable": true,
                          "type": "string",
                        },
                        "type": Object {
                          "type": "string",
                        },
                      },
                      "required": Array [
                        "message",
                        "type",
                        "param",
                        "code",
                      ],
                      "type": "object",
                    },
                  },
                  "required": Array [
                    "error",
                  ],
                  "title": "Error (OpenAI shape)",
                  "type": "object",
                },
              },
            },
            "description": "Default Response",
          },
        },
        "summary": "Not supported (videos.extend): SGLang has no such operation",
        "tags": Array [
          "openai",
        ],
      },
    },
  },
  "tags": Array [
    Object {
      "description": "Native video generation API",
      "name": "video",
    },
    Object {
      "description": "OpenAI-compatible /v1/videos",
      "name": "openai",
    },
    Object {
      "description": "SGLang's own endpoints, for SGLang's clients (bench_serving.py, its server tests)",
      "name": "sglang",
    },
    Object {
      "description": "Backends compared from real traffic",
      "name": "compare",
    },
    Object {
      "description": "How to split GPUs between parallel configurations, from the traffic measured",
      "name": "plan",
    },
    Object {
      "description": "Health, backends and metrics",
      "name": "operations",
    },
  ],
}
`
