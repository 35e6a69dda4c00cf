// Monte Carlo runs must repeat exactly for a seed, on any machine: Math.random can't be seeded, so we carry our own.

const twoToThe32 = 4_294_967_296;

/** xoshiro128** (Blackman & Vigna): 32-bit outputs, period 2^128 − 1. The state must not be all zeros. */
export function createXoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let s0 = state[0] >>> 0;
  let s1 = state[1] >>> 0;
  let s2 = state[2] >>> 0;
  let s3 = state[3] >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** needs a state that is not all zeros.");
  return () => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
}

/** Spreads a 32-bit seed over xoshiro's 128-bit state with splitmix32, so nearby seeds give unrelated streams. */
export function expandSeed(seed: number): [number, number, number, number] {
  let x = seed >>> 0;
  const drawWord = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: [number, number, number, number] = [drawWord(), drawWord(), drawWord(), drawWord()];
  // An all-zero state would stay zero forever; splitmix32 cannot produce one, but the guard costs nothing.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

/** Uniform numbers in (0, 1]: never 0, so Box–Muller can take their logarithm. */
export function createSeededRandom(seed: number): () => number {
  const nextUint32 = createXoshiro128StarStar(expandSeed(seed));
  return () => (nextUint32() + 1) / twoToThe32;
}

/** Standard normal draws by Box–Muller; each pair of uniforms gives two normals, the second kept for the next call. */
export function createNormalSampler(random: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  };
}
