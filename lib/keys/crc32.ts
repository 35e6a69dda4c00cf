import zlib from "node:zlib";

// Reflected polynomial of CRC-32/ISO-HDLC (the zlib / PNG / Ethernet CRC).
const POLYNOMIAL = 0xedb88320;

const TABLE = buildCrc32Table();

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 computed with a lookup table; the fallback where `zlib.crc32` is missing (Node before 20.15 / 22.2). */
export function crc32WithTable(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32/ISO-HDLC of the UTF-8 bytes of `text`, as an unsigned 32-bit integer. */
export function crc32(text: string): number {
  const bytes = Buffer.from(text, "utf8");
  // The type says it exists, but older Node 20 releases lack it at runtime.
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes) >>> 0;
  return crc32WithTable(bytes);
}
