// The shape of `window.lantern`, derived from the contract: `app:get-info`
// becomes `lantern.app.getInfo(request)`. Every verb resolves to a Result.
import type { Result } from '../result';
import type { EventChannel, EventOf, InvokeChannel, RequestOf, ResponseOf } from './contract';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string> = C extends `${string}:${infer A}` ? A : never;

export type LanternApi = {
  [D in DomainOf<InvokeChannel>]: {
    [C in InvokeChannel as DomainOf<C> extends D ? Camel<ActionOf<C>> : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventOf<C>) => void): () => void;
};

export const verbName = (channel: string): { domain: string; verb: string } => {
  const [domain = '', action = ''] = channel.split(':');
  return { domain, verb: action.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) };
};
