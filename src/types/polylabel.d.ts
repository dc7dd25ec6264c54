/** polylabel ships no types: the pole of inaccessibility of a polygon given as rings, with its distance. */
declare module 'polylabel' {
  export default function polylabel(rings: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
