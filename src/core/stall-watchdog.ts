/**
 * A stall watchdog for long work done elsewhere (an import worker): each sign of progress re-arms it; when none
 * comes for `seconds`, `onStall` runs once. A worker stuck in a loop never says so, and its progress is the only
 * sign of life the page gets, so silence is what is timed, not the whole job (a large model may rightly take long).
 */
export interface StallWatchdog {
  /** Progress was made: the wait starts again. */
  poke(): void;
  /** The work ended (done, failed or cancelled): the watchdog never fires. */
  stop(): void;
}

/** Seconds without progress after which an import is stopped as stalled, unless the caller says otherwise. */
export const DEFAULT_STALL_SECONDS = 120;

export function stallWatchdog(seconds: number, onStall: () => void): StallWatchdog {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      stopped = true;
      onStall();
    }, seconds * 1000);
  };
  arm();
  return {
    poke: () => {
      if (!stopped) arm();
    },
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
