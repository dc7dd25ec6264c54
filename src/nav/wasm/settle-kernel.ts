/**
 * settle() of settle.ts as a WebAssembly function: the same queues (two FIFO lists for straight and diagonal
 * steps, sources and link steps apart), the same steps and costs, so the same distances to the last bit (every
 * distance is the least, over paths, of the same sums added in path order: the order nodes are settled in
 * cannot change it). Three solves take a quarter of a full rule check; in JavaScript the loop runs at about
 * 35 ns a node, bounds checks and all.
 *
 * Sources and link steps go in a short unsorted list scanned for its least entry (a handful per solve). A long
 * source list (zone samples run to thousands) comes sorted at the head of the straight FIFO instead: the caller
 * puts there only sources within one straight step of the least, so every later straight step, queued from a
 * settled distance at least that least one, still lands at or behind them and the FIFO stays in order.
 */
import { F64, I32, op, type Bytes, type FuncDef } from './emit';

// Parameters.
const D = 0; // f64 distance per node
const ST = 1; // u8 step bits per node
const FL = 2; // u16 per node: floor index, plus LINKED when the node has allowed link steps
const COLS = 3; // i32 columns per floor
const LS = 4; // i32 per node: first entry of its link list (read only where FL says LINKED)
const LTO = 5; // i32 link targets, each node's list ended by -1
const LCO = 6; // f64 link costs, beside LTO
const QA = 7; // i32 straight FIFO: nodes
const KA = 8; // f64 straight FIFO: distances
const QB = 9; // i32 diagonal FIFO: nodes
const KB = 10; // f64 diagonal FIFO: distances
const HN = 11; // i32 sources and link steps: nodes
const HP = 12; // f64 sources and link steps: distances
const HC = 13; // i32 how many
const A = 14; // f64 straight step
const B = 15; // f64 diagonal step
const NN = 16; // i32 nodes (D is set to Infinity first)
const QA0 = 17; // i32 sources already in the straight FIFO, sorted by distance (their D is set from it)
const LIMIT = 18; // f64 settle no node beyond this distance (Infinity: every node)
// Locals.
const ha = 19;
const ta = 20;
const hb = 21;
const tb = 22;
const n = 23;
const bits = 24;
const cols = 25;
const j = 26;
const hmi = 27;
const k = 28;
const va = 29;
const vb = 30;
const vh = 31;
const key = 32;
const a = 33;
const b = 34;
const v = 35;

/** The bit of a node's floor word (FL) saying it has allowed link steps: one load per node instead of two. */
export const LINKED = 0x8000;

const { get, set, i32, f64 } = op;
const at8 = (base: number, idx: number): Bytes => [...get(base), ...get(idx), ...i32(3), ...op.i32Shl, ...op.i32Add];
const at4 = (base: number, idx: number): Bytes => [...get(base), ...get(idx), ...i32(2), ...op.i32Shl, ...op.i32Add];
const inc = (l: number): Bytes => [...get(l), ...i32(1), ...op.i32Add, ...set(l)];

/** vh, hmi := the least distance in the source list and where it is (Infinity, -1 when empty). */
const leastSource: Bytes = [
  ...f64(Infinity),
  ...set(vh),
  ...i32(-1),
  ...set(hmi),
  ...i32(0),
  ...set(k),
  ...op.block,
  ...op.loop,
  ...get(k),
  ...get(HC),
  ...op.i32GeS,
  ...op.brIf(1),
  ...at8(HP, k),
  ...op.f64Load,
  ...get(vh),
  ...op.f64Lt,
  ...op.if,
  ...at8(HP, k),
  ...op.f64Load,
  ...set(vh),
  ...get(k),
  ...set(hmi),
  ...op.end,
  ...inc(k),
  ...op.br(0),
  ...op.end,
  ...op.end,
];

/** One grid step out of n: when its bit is set and it shortens the way to j = n + offset, queue j. */
function relax(bit: number, offset: Bytes, cost: number, q: number, kq: number, t: number): Bytes {
  return [
    ...get(bits),
    ...i32(bit),
    ...op.i32And,
    ...op.if,
    ...get(n),
    ...offset,
    ...set(j),
    ...get(cost),
    ...at8(D, j),
    ...op.f64Load,
    ...op.f64Lt,
    ...op.if,
    ...at8(D, j),
    ...get(cost),
    ...op.f64Store,
    ...at4(q, t),
    ...get(j),
    ...op.i32Store,
    ...at8(kq, t),
    ...get(cost),
    ...op.f64Store,
    ...inc(t),
    ...op.end,
    ...op.end,
  ];
}
/** D[nodes[k]] := starts[k] for k in [0, count): the sources' start distances, from a list of nodes and one of values. */
function startDistances(count: number, nodes: number, starts: number): Bytes {
  return [
    ...op.block,
    ...op.loop,
    ...get(k),
    ...get(count),
    ...op.i32GeS,
    ...op.brIf(1),
    ...get(D),
    ...at4(nodes, k),
    ...op.i32Load,
    ...i32(3),
    ...op.i32Shl,
    ...op.i32Add,
    ...at8(starts, k),
    ...op.f64Load,
    ...op.f64Store,
    ...inc(k),
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
}
/** D[q[i]] := Infinity where it exceeds LIMIT, for i from `from` (a local, advanced) up to `to`. */
function unreach(q: number, from: number, to: number): Bytes {
  return [
    ...op.block,
    ...op.loop,
    ...get(from),
    ...get(to),
    ...op.i32GeS,
    ...op.brIf(1),
    ...get(D),
    ...at4(q, from),
    ...op.i32Load,
    ...i32(3),
    ...op.i32Shl,
    ...op.i32Add,
    ...op.tee(j),
    ...op.f64Load,
    ...get(LIMIT),
    ...op.f64Gt,
    ...op.if,
    ...get(j),
    ...f64(Infinity),
    ...op.f64Store,
    ...op.end,
    ...inc(from),
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
}
const plus = (x: number): Bytes => [...i32(x), ...op.i32Add];
const plusCols: Bytes = [...get(cols), ...op.i32Add];
const minusCols: Bytes = [...get(cols), ...op.i32Sub];

const body: Bytes = [
  // D[0..NN) := Infinity.
  ...op.block,
  ...op.loop,
  ...get(k),
  ...get(NN),
  ...op.i32GeS,
  ...op.brIf(1),
  ...at8(D, k),
  ...f64(Infinity),
  ...op.f64Store,
  ...inc(k),
  ...op.br(0),
  ...op.end,
  ...op.end,
  // D[source] := its start distance.
  ...i32(0),
  ...set(k),
  ...startDistances(HC, HN, HP),
  // D[source] := its start distance, for the sources at the head of the straight FIFO.
  ...get(QA0),
  ...set(ta),
  ...i32(0),
  ...set(k),
  ...startDistances(ta, QA, KA),
  ...leastSource,
  ...op.block, // exit
  ...op.loop, // next node
  // The heads of the two FIFOs (Infinity when empty).
  ...f64(Infinity),
  ...set(va),
  ...get(ha),
  ...get(ta),
  ...op.i32LtS,
  ...op.if,
  ...at8(KA, ha),
  ...op.f64Load,
  ...set(va),
  ...op.end,
  ...f64(Infinity),
  ...set(vb),
  ...get(hb),
  ...get(tb),
  ...op.i32LtS,
  ...op.if,
  ...at8(KB, hb),
  ...op.f64Load,
  ...set(vb),
  ...op.end,
  // Past the limit: every node still queued is farther (each queue's head is its least entry).
  ...get(va),
  ...get(vb),
  ...op.f64Min,
  ...get(vh),
  ...op.f64Min,
  ...get(LIMIT),
  ...op.f64Gt,
  ...op.brIf(1),
  ...get(va),
  ...get(vb),
  ...op.f64Le,
  ...get(va),
  ...get(vh),
  ...op.f64Le,
  ...op.i32And,
  ...op.if,
  ...get(va),
  ...f64(Infinity),
  ...op.f64Eq,
  ...op.brIf(2),
  ...at4(QA, ha),
  ...op.i32Load,
  ...set(n),
  ...inc(ha),
  ...get(va),
  ...set(key),
  ...op.else,
  ...get(vb),
  ...get(vh),
  ...op.f64Le,
  ...op.if,
  ...at4(QB, hb),
  ...op.i32Load,
  ...set(n),
  ...inc(hb),
  ...get(vb),
  ...set(key),
  ...op.else,
  // The least source or link step: take it out (the last entry fills its place).
  ...get(vh),
  ...set(key),
  ...at4(HN, hmi),
  ...op.i32Load,
  ...set(n),
  ...get(HC),
  ...i32(1),
  ...op.i32Sub,
  ...set(HC),
  ...at4(HN, hmi),
  ...at4(HN, HC),
  ...op.i32Load,
  ...op.i32Store,
  ...at8(HP, hmi),
  ...at8(HP, HC),
  ...op.f64Load,
  ...op.f64Store,
  ...leastSource,
  ...op.end,
  ...op.end,
  // Stale: the node was reached more cheaply after this entry was queued.
  ...get(key),
  ...at8(D, n),
  ...op.f64Load,
  ...op.f64Ne,
  ...op.brIf(0),
  ...get(ST),
  ...get(n),
  ...op.i32Add,
  ...op.i32Load8u,
  ...set(bits),
  // The node's floor word: its floor's index, and LINKED when it has link steps.
  ...get(FL),
  ...get(n),
  ...i32(1),
  ...op.i32Shl,
  ...op.i32Add,
  ...op.i32Load16u,
  ...set(k),
  ...get(COLS),
  ...get(k),
  ...i32(LINKED - 1),
  ...op.i32And,
  ...i32(2),
  ...op.i32Shl,
  ...op.i32Add,
  ...op.i32Load,
  ...set(cols),
  ...get(key),
  ...get(A),
  ...op.f64Add,
  ...set(a),
  ...get(key),
  ...get(B),
  ...op.f64Add,
  ...set(b),
  ...relax(1, plus(1), a, QA, KA, ta),
  ...relax(2, plus(-1), a, QA, KA, ta),
  ...relax(4, plusCols, a, QA, KA, ta),
  ...relax(8, minusCols, a, QA, KA, ta),
  ...relax(16, [...plusCols, ...plus(1)], b, QB, KB, tb),
  ...relax(32, [...minusCols, ...plus(1)], b, QB, KB, tb),
  ...relax(64, [...plusCols, ...plus(-1)], b, QB, KB, tb),
  ...relax(128, [...minusCols, ...plus(-1)], b, QB, KB, tb),
  // Link steps (the list holds only those the route options allow), looked up only for a node that has some.
  ...get(k),
  ...i32(LINKED),
  ...op.i32And,
  ...op.if,
  ...at4(LS, n),
  ...op.i32Load,
  ...set(k),
  ...op.block,
  ...op.loop,
  ...at4(LTO, k),
  ...op.i32Load,
  ...op.tee(j),
  ...i32(0),
  ...op.i32LtS,
  ...op.brIf(1),
  ...get(key),
  ...at8(LCO, k),
  ...op.f64Load,
  ...op.f64Add,
  ...set(v),
  ...get(v),
  ...at8(D, j),
  ...op.f64Load,
  ...op.f64Lt,
  ...op.if,
  ...at8(D, j),
  ...get(v),
  ...op.f64Store,
  ...at4(HN, HC),
  ...get(j),
  ...op.i32Store,
  ...at8(HP, HC),
  ...get(v),
  ...op.f64Store,
  ...get(v),
  ...get(vh),
  ...op.f64Lt,
  ...op.if,
  ...get(v),
  ...set(vh),
  ...get(HC),
  ...set(hmi),
  ...op.end,
  ...inc(HC),
  ...op.end,
  ...inc(k),
  ...op.br(0),
  ...op.end,
  ...op.end,
  ...op.end,
  ...op.br(0),
  ...op.end, // loop
  ...op.end, // block
  // Nodes reached but not settled lie beyond the limit: back to Infinity. Each one's last write is still queued.
  ...unreach(QA, ha, ta),
  ...unreach(QB, hb, tb),
  ...i32(0),
  ...set(k),
  ...unreach(HN, k, HC),
];

export const SETTLE: FuncDef = {
  name: 'settle',
  params: [I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F64, F64, I32, I32, F64],
  locals: [I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F64, F64, F64, F64, F64, F64, F64],
  body,
};
