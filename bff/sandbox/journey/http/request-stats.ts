import type { NextFunction, Request, Response } from 'express';

/** Calls counted by operation (`"GET /v1/api/events"`: 3) so tests can assert how a client used JDS. */
export class RequestStats {
  private counts = new Map<string, number>();

  /** Middleware: counts each API request under its method and path with the ids left out. */
  counter() {
    return (request: Request, _response: Response, next: NextFunction): void => {
      const operation = `${request.method} ${operationPath(request.path)}`;
      this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
      next();
    };
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([left], [right]) => left.localeCompare(right)));
  }

  clear(): void {
    this.counts = new Map();
  }
}

/** `/v1/api/events/workspace-id/abc` → `/v1/api/events`: the path up to its first `…-id` or `aliases` segment. */
function operationPath(path: string): string {
  const cut = path.search(/\/(workspace-id|person-id|aliases|identity|template-id|template-name)\//);
  return cut < 0 ? path : path.slice(0, cut);
}
