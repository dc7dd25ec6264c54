/** Straightens an underlay photo off the page's thread (see straighten-image.ts). */
import { type StraightenJob, straightenImage } from './straighten-image';

self.onmessage = (e: MessageEvent<{ id: number; job: StraightenJob }>) => {
  const { id, job } = e.data;
  straightenImage(job).then(
    (result) => self.postMessage({ id, result }),
    (err: unknown) => self.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};
