/** The page's side of straighten.worker.ts: one worker, kept for the next photo; on the page where workers fail. */
import { workerCall } from '../../view/worker-call';
import { type Straightened, type StraightenJob, straightenImage } from './straighten-image';

type Reply = { id: number; result?: Straightened; error?: string };

export const straightenInWorker: (job: StraightenJob) => Promise<Straightened> = workerCall<StraightenJob, Straightened, Reply>({
  create: () => new Worker(new URL('./straighten.worker.ts', import.meta.url), { type: 'module', name: 'underlay-straighten' }),
  onPage: straightenImage,
  message: (id, job) => ({ data: { id, job } }),
  reply: (r) => {
    if (!r.result) throw new Error(r.error ?? 'straightening failed');
    return r.result;
  },
});
