/**
 * A function run in a module worker, called by message: one worker, started on the first call and kept for the
 * next; each call posts its id and settles with the reply that carries it. Where workers are missing, the worker
 * cannot start or it fails to load, every call (those waiting and all later ones) runs on the page instead, so
 * nothing the user does depends on the worker.
 */
type Reply = { id: number };

export interface WorkerCallOptions<In, Out, R extends Reply> {
  /** `new Worker(new URL('./x.worker.ts', import.meta.url), …)` written out at the caller, as the bundler needs. */
  create: () => Worker;
  /** The same work on the page. */
  onPage: (input: In) => Out | Promise<Out>;
  /** The message for one call (its id included) and what to transfer with it. */
  message: (id: number, input: In) => { data: unknown; transfer?: Transferable[] };
  /** The call's result from the worker's reply; throws for a reply that reports an error. */
  reply: (data: R) => Out;
  /**
   * Whether a message is one piece of a longer answer, taken in by the caller, the call still waiting for its reply:
   * each message is a task of its own on the page, so a large answer sent in pieces is not one long task to read.
   */
  piece?: (data: R) => boolean;
}

export function workerCall<In, Out, R extends Reply>(opts: WorkerCallOptions<In, Out, R>): (input: In) => Promise<Out> {
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: Out) => void; reject: (e: unknown) => void; input: In }>();
  const start = (): Worker | undefined => {
    if (broken || typeof Worker === 'undefined') return undefined;
    if (worker) return worker;
    try {
      worker = opts.create();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (e: MessageEvent<R>) => {
      const w = waiting.get(e.data.id);
      if (!w || opts.piece?.(e.data)) return;
      waiting.delete(e.data.id);
      try {
        w.resolve(opts.reply(e.data));
      } catch (err) {
        w.reject(err);
      }
    };
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = undefined;
      for (const [id, w] of waiting) {
        waiting.delete(id);
        Promise.resolve()
          .then(() => opts.onPage(w.input))
          .then(w.resolve, w.reject);
      }
    };
    return worker;
  };
  return (input) => {
    const w = start();
    if (!w) return Promise.resolve().then(() => opts.onPage(input));
    return new Promise<Out>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject, input });
      const { data, transfer } = opts.message(id, input);
      w.postMessage(data, transfer ?? []);
    });
  };
}
