import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { FaultAnswer } from '../../../shared/sandbox-control.js';
import { FaultRequest } from '../../../shared/sandbox-control.js';
import { parseBody } from './json-answers.js';

/** How an emulator answers a `status` or `malformed` fault in its own wire format. */
export interface FaultResponder {
  status(response: Response, status: number): void;
  malformed(response: Response): void;
}

interface ActiveFault extends FaultAnswer {
  readonly pattern: RegExp;
  remaining: number;
}

/**
 * Injected misbehaviour for fault tests, the same on every emulator: latency, an error status, a reset connection, or
 * a garbled body, for requests whose path matches. Control paths (`/sandbox/…`) are never affected.
 */
export class FaultBook {
  private faults: ActiveFault[] = [];

  constructor(private readonly responder: FaultResponder) {}

  /** The `/sandbox/faults` control routes. */
  routes(): Router {
    const router = express.Router();
    router.get('/sandbox/faults', (_request, response) => {
      response.json(this.faults.map(({ pattern: _pattern, remaining: _remaining, ...fault }) => fault));
    });
    router.post('/sandbox/faults', (request, response) => {
      const fault = parseBody(FaultRequest, request.body, response);
      if (!fault) return;
      const answer: FaultAnswer = { id: randomUUID(), ...fault };
      this.faults.push({
        ...answer,
        pattern: new RegExp(fault.path),
        remaining: fault.times ?? Number.POSITIVE_INFINITY,
      });
      response.status(201).json(answer);
    });
    router.delete('/sandbox/faults', (_request, response) => {
      this.clear();
      response.status(204).end();
    });
    return router;
  }

  clear(): void {
    this.faults = [];
  }

  /** Express middleware that applies the first matching fault to an ordinary request. */
  middleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const fault = this.take(request.path);
      if (!fault) {
        next();
        return;
      }
      switch (fault.mode) {
        case 'latency':
          setTimeout(next, fault.ms ?? 0);
          return;
        case 'status':
          this.responder.status(response, fault.status ?? 500);
          return;
        case 'reset':
          request.socket.destroy();
          return;
        case 'malformed':
          this.responder.malformed(response);
          return;
      }
    };
  }

  /**
   * Apply a matching fault to a WebSocket upgrade. Resolves true when the upgrade may go on (possibly after latency),
   * false when the fault has already answered or destroyed the socket.
   */
  async gateUpgrade(request: IncomingMessage, socket: Duplex): Promise<boolean> {
    const fault = this.take(new URL(request.url ?? '/', 'http://emulator').pathname);
    if (!fault) return true;
    switch (fault.mode) {
      case 'latency':
        await new Promise((resolve) => setTimeout(resolve, fault.ms ?? 0));
        return !socket.destroyed;
      case 'status':
        socket.end(`HTTP/1.1 ${fault.status ?? 503} Fault\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return false;
      case 'reset':
      case 'malformed':
        socket.destroy();
        return false;
    }
  }

  private take(path: string): ActiveFault | undefined {
    if (path.startsWith('/sandbox/')) return undefined;
    const fault = this.faults.find((candidate) => candidate.pattern.test(path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault;
  }
}
