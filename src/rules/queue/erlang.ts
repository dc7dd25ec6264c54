/**
 * M/M/c (Erlang C). λ arrivals per minute, service time 1/μ minutes, c counters.
 * The number waiting beyond k has P(Nq ≥ k) = Pwait·ρ^k, which gives the seat count not exceeded with
 * probability q, rather than sizing to the mean.
 */
export interface QueueStats {
  counters: number;
  arrivalsPerHour: number;
  serviceMin: number;
  /** Offered load a = λ/μ in erlangs. */
  load: number;
  utilisation: number;
  stable: boolean;
  /** Probability an arrival waits. */
  pWait: number;
  /** Mean number waiting. */
  lq: number;
  /** Mean wait in minutes. */
  wqMin: number;
  /** Waiting places needed at the given percentile. */
  seatsAtPercentile: number;
}

export function erlangC(c: number, arrivalsPerHour: number, serviceMin: number, percentile: number): QueueStats {
  const lambda = arrivalsPerHour / 60;
  const a = lambda * serviceMin;
  const rho = c > 0 ? a / c : Infinity;
  const base = { counters: c, arrivalsPerHour, serviceMin, load: a, utilisation: rho };
  if (c <= 0 || rho >= 1) return { ...base, stable: false, pWait: 1, lq: Infinity, wqMin: Infinity, seatsAtPercentile: Infinity };
  if (a === 0) return { ...base, stable: true, pWait: 0, lq: 0, wqMin: 0, seatsAtPercentile: 0 };
  // Terms a^k/k! built iteratively to stay finite for large c.
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const pWait = last / (sum + last);
  const lq = (pWait * rho) / (1 - rho);
  const wqMin = lq / lambda;
  // Smallest k with P(Nq > k) = Pwait·ρ^(k+1) ≤ 1 − percentile.
  const tail = 1 - percentile;
  const seats = pWait <= tail ? 0 : Math.max(0, Math.ceil(Math.log(tail / pWait) / Math.log(rho) - 1));
  return { ...base, stable: true, pWait, lq, wqMin, seatsAtPercentile: seats };
}

/** Fewest counters that bring the mean wait to the target (or undefined when it cannot within `max`). */
const needed = new Map<string, number | undefined>();
export function countersForWait(arrivalsPerHour: number, serviceMin: number, targetWaitMin: number, max = 500): number | undefined {
  // Memoised: the search is quadratic in the answer and every check asks again with the same demand.
  const k = `${arrivalsPerHour}|${serviceMin}|${targetWaitMin}|${max}`;
  if (needed.has(k)) return needed.get(k);
  let found: number | undefined;
  for (let c = 1; c <= max && found === undefined; c++) if (erlangC(c, arrivalsPerHour, serviceMin, 0).wqMin <= targetWaitMin) found = c;
  if (needed.size > 256) needed.clear();
  needed.set(k, found);
  return found;
}
