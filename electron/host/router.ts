/**
 * Builds the host router from a handler map that covers the contract exactly. It owns the
 * boundary rules: parse input, run the handler, parse output, and turn every failure into an
 * error value. It never throws from `call` and never echoes caller-supplied values in errors or
 * logs, since those values may be citizen data. It knows nothing about transports.
 */
import { z } from 'zod';
import {
  channels,
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
  type LogEvent,
} from '../../shared/host/contract';
import { fail, ok, type Result } from '../../shared/host/result';
import { HostFailure } from './host-failure';

export interface CallContext {
  transport: 'ipc' | 'web' | 'memory';
}

export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  ctx: CallContext,
) => Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

export interface Router {
  call(channel: string, rawInput: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Receives code-only events about bugs (internal errors, contract violations). */
  log?: (event: LogEvent) => Promise<void>;
}

type LooseHandler = (input: unknown, ctx: CallContext) => Promise<unknown>;

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const expected = [...channels].sort();
  const given = Object.keys(handlers).sort();
  if (expected.join('\n') !== given.join('\n')) {
    const missing = expected.filter((c) => !given.includes(c));
    const extra = given.filter((c) => !expected.includes(c as Channel));
    throw new Error(
      `handler map does not match the host contract (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'})`,
    );
  }

  const report = async (event: LogEvent): Promise<void> => {
    if (!options.log) return;
    try {
      await options.log(event);
    } catch {
      // A failing log must not turn a reported failure into a thrown one.
    }
  };

  return {
    async call(channel, rawInput, ctx) {
      if (!isChannel(channel)) return fail('unknown_channel', 'unknown channel');
      const spec = contract[channel];

      const parsedInput = spec.input.safeParse(rawInput);
      if (!parsedInput.success) {
        return fail('bad_input', `invalid input at: ${describeIssues(spec.input, parsedInput.error)}`);
      }

      let output: unknown;
      try {
        // The mapped Handlers type already ties each handler to its channel; TypeScript cannot
        // correlate the union here, so the call goes through a loose view of the same function.
        const handler = handlers[channel] as LooseHandler;
        output = await handler(parsedInput.data, ctx);
      } catch (error) {
        if (error instanceof HostFailure) return fail(error.code, error.message);
        await report({
          level: 'error',
          event: 'host.internal_error',
          fields: { channel, errorName: errorName(error) },
        });
        return fail('internal', 'internal host error');
      }

      const parsedOutput = spec.output.safeParse(output);
      if (!parsedOutput.success) {
        await report({ level: 'error', event: 'host.bad_output', fields: { channel } });
        return fail('bad_output', 'host produced output that does not match the contract');
      }
      return ok(parsedOutput.data);
    },
  };
}

/**
 * Lists issue paths as declared in the schema. Segments that are not declared object keys or
 * array indexes (e.g. record keys) are caller-chosen data and are masked as `*`.
 */
export function describeIssues(schema: z.ZodType, error: z.ZodError): string {
  const described = error.issues.map((issue) => {
    const path = safePath(schema, issue.path);
    return `${path || '(root)'} (${issue.code})`;
  });
  return [...new Set(described)].join(', ');
}

function safePath(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const out: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current ? unwrap(current) : undefined;
    if (current instanceof z.ZodObject && typeof segment === 'string' && Object.hasOwn(current.shape, segment)) {
      out.push(segment);
      current = current.shape[segment] as z.ZodType;
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      out.push(String(segment));
      current = current.element as z.ZodType;
    } else {
      out.push('*');
      current = undefined;
    }
  }
  return out.join('.');
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function errorName(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  return /^[A-Za-z0-9_]{1,40}$/.test(name) ? name : 'unknown';
}
