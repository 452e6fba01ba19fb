/** An RFC 9457 problem details body, as the API sends with every error. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  traceId?: string;
  /** Field errors of a 400, keyed by camelCase field name. */
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

/** The problem in an error body, or undefined when the body is not one (say, a proxy's HTML). */
export function asProblem(body: unknown): Problem | undefined {
  const looksLikeProblem =
    typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'status' in body);
  return looksLikeProblem ? (body as Problem) : undefined;
}

/** An API call that did not succeed, with the problem the server described, if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The data of a successful openapi-fetch call; throws an ApiError otherwise. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, asProblem(error));
  return data as T;
}

/** The problem an error describes: the server's own, or one made from the error's message. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { status: error.status, detail: error.message, ...error.problem };
  return { detail: error instanceof Error ? error.message : String(error) };
}
