// Standard normal draws by the ziggurat method (Marsaglia & Tsang, 2000) in the layout Rust's rand_distr uses, with
// 128 layers, on xoshiro128** words. About 99% of draws cost one 32-bit word, a table read and a multiplication;
// Box–Muller needs a logarithm, a square root and a sine or cosine per draw, which made it most of a Monte Carlo run.
import { portableExp, portableLog } from "./portable-math";
import { expandSeed } from "./seeded-random";

const layerCount = 128;
/** Where the tail starts, and the area of each layer, for 128 layers (Marsaglia & Tsang's constants). */
const tailStart = 3.442619855899;
const layerArea = 9.91256303526217e-3;
const twoToTheMinus24 = 1 / 16_777_216;
const twoToTheMinus32 = 1 / 4_294_967_296;

// Portable exp and log (not Math.exp, Math.log): the same tables and draws in every JavaScript engine.
const density = (x: number) => portableExp(-0.5 * x * x);

/** Right edges of the layers, widest first (index 0 is the base strip's virtual width), and the density there. */
function buildLayers(): { edges: Float64Array; scaledEdges: Float64Array; heights: Float64Array } {
  const edges = new Float64Array(layerCount + 1);
  edges[0] = layerArea / density(tailStart);
  edges[1] = tailStart;
  for (let layer = 1; layer < layerCount - 1; layer += 1) {
    edges[layer + 1] = Math.sqrt(-2 * portableLog(layerArea / edges[layer]! + density(edges[layer]!)));
  }
  edges[layerCount] = 0;
  const heights = edges.map(density);
  // An edge times 2^-24, so the 24 position bits of a word become a point in the layer with one multiplication.
  const scaledEdges = edges.map((edge) => edge * twoToTheMinus24);
  return { edges, scaledEdges, heights };
}

const { edges, scaledEdges, heights } = buildLayers();

/** e^(k/64 − 64) for k = 0 … 8192: with a short Taylor series, e^y for |y| ≤ 64 to about 1e-15, with no call. */
const expStep = 64;
const expOffset = 64;
const expTableEnd = 2 * expOffset * expStep + 1;
const expTable = Float64Array.from({ length: expTableEnd }, (_, index) => portableExp(index / expStep - expOffset));

/**
 * e^y from the table: y = k/64 + r with |r| ≤ 1/128, e^r by its Taylor series to the fifth power (the sixth-power
 * term is below 3e-16 of the result). Math.exp is a call V8 cannot inline (and rounds differently between engines); a
 * daily Monte Carlo run takes tens of millions of these. Outside the table's range it falls back to portableExp.
 */
export function computeExp(y: number): number {
  const shifted = (y + expOffset) * expStep + 0.5;
  if (!(shifted >= 0 && shifted < expTableEnd)) return portableExp(y);
  const index = shifted | 0;
  const r = y - (index / expStep - expOffset);
  return expTable[index]! * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))))));
}

/**
 * One seeded stream of standard normals. The xoshiro128** state lives in a small array between calls and in local
 * variables inside `fillLogNormalFactors`, whose loop is the Monte Carlo hot path; both methods draw from the same
 * stream, so a seed fixes every draw of a run in order.
 */
export class SeededNormalStream {
  private readonly state: Uint32Array;

  constructor(seed: number) {
    this.state = Uint32Array.from(expandSeed(seed));
  }

  private nextUint32(): number {
    const state = this.state;
    const s0 = state[0]!;
    const s1 = state[1]!;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    const s2 = state[2]! ^ s0;
    const s3 = state[3]! ^ s1;
    state[1] = s1 ^ s2;
    state[0] = s0 ^ s3;
    state[2] = s2 ^ shifted;
    state[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** Uniform in (0, 1]: never 0, so the tail can take its logarithm. */
  private nextUniform(): number {
    return (this.nextUint32() + 1) * twoToTheMinus32;
  }

  /** Finishes a draw whose word fell outside its layer's rectangle: the tail, the wedge, or a fresh try. */
  private finishDraw(bits: number): number {
    for (;;) {
      const layer = bits & (layerCount - 1);
      const negative = (bits & layerCount) !== 0;
      const x = ((bits >>> 8) + 0.5) * scaledEdges[layer]!;
      if (x < edges[layer + 1]!) return negative ? -x : x;
      if (layer === 0) {
        // Beyond tailStart, by Marsaglia's exponential rejection.
        let beyond: number;
        let height: number;
        do {
          beyond = -portableLog(this.nextUniform()) / tailStart;
          height = -portableLog(this.nextUniform());
        } while (height + height < beyond * beyond);
        return negative ? -(tailStart + beyond) : tailStart + beyond;
      }
      // Between the layer's rectangle and the curve: accept under the curve, else start over with a new word.
      if (heights[layer]! + (heights[layer + 1]! - heights[layer]!) * this.nextUniform() < density(x)) return negative ? -x : x;
      bits = this.nextUint32();
    }
  }

  /** One standard normal draw. Each word gives the layer (low 7 bits), the sign (bit 7) and the position (top 24 bits). */
  nextNormal(): number {
    return this.finishDraw(this.nextUint32());
  }

  /**
   * Fills out[0 … count − 1] with e^(spread·Z − spread²/2), Z standard normal: log-normal factors with mean 1. The same
   * draws as `count` calls of `nextNormal`, with the generator inlined for the common case.
   */
  fillLogNormalFactors(out: Float64Array, count: number, spread: number): void {
    const state = this.state;
    const shift = -(spread * spread) / 2;
    let s0 = state[0]!;
    let s1 = state[1]!;
    let s2 = state[2]!;
    let s3 = state[3]!;
    for (let index = 0; index < count; index += 1) {
      const product = Math.imul(s1, 5);
      const bits = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
      const shifted = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shifted;
      s3 = (s3 << 11) | (s3 >>> 21);
      const layer = bits & (layerCount - 1);
      let z = ((bits >>> 8) + 0.5) * scaledEdges[layer]!;
      if (z < edges[layer + 1]!) {
        if ((bits & layerCount) !== 0) z = -z;
      } else {
        state[0] = s0;
        state[1] = s1;
        state[2] = s2;
        state[3] = s3;
        z = this.finishDraw(bits);
        s0 = state[0]!;
        s1 = state[1]!;
        s2 = state[2]!;
        s3 = state[3]!;
      }
      // computeExp, written out: V8 does not inline it here, and the call costs more than the arithmetic.
      const y = spread * z + shift;
      const scaled = (y + expOffset) * expStep + 0.5;
      if (scaled >= 0 && scaled < expTableEnd) {
        const tableIndex = scaled | 0;
        const r = y - (tableIndex / expStep - expOffset);
        out[index] = expTable[tableIndex]! * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))))));
      } else {
        out[index] = portableExp(y);
      }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
  }
}
