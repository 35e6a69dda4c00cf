import { describe, expect, it } from "vitest";
import { buildRotationChain } from "./rotation-chain";

const link = (id: number, rotatedFromId: number | null, version = 1) => ({ id, rotatedFromId, version, createdAt: new Date(Date.UTC(2026, 0, id)) });

describe("rotation chain", () => {
  it("lists predecessors and successors oldest first", () => {
    const keys = [link(1, null), link(2, 1, 2), link(3, 2, 3), link(4, null)];
    expect(buildRotationChain(keys[1]!, keys).map((key) => key.id)).toEqual([1, 2, 3]);
    expect(buildRotationChain(keys[0]!, keys).map((key) => key.id)).toEqual([1, 2, 3]);
    expect(buildRotationChain(keys[3]!, keys).map((key) => key.id)).toEqual([4]);
  });

  it("stops at a cycle instead of looping", () => {
    const keys = [link(1, 2), link(2, 1)];
    expect(buildRotationChain(keys[0]!, keys).map((key) => key.id)).toEqual([2, 1]);
  });
});
