import { describe, expect, it } from "vitest";
import { deriveWalletTransferBurn } from "./wallet-transfer-burns";

describe("deriveWalletTransferBurn", () => {
  it("is the balance gained since yesterday, exactly, added to the running total", () => {
    const { point } = deriveWalletTransferBurn({ day: "2026-12-03", value: "893838598.412377" }, { day: "2026-12-04", value: "901000000.000001" }, "1000");
    expect(point).toMatchObject({ day: "2026-12-04", kind: "wallet_transfer", periodDays: 1, amount: "7161401.587624", runningTotal: "7162401.587624" });
  });

  it("after a sweep (a lower balance), counts today's whole balance as a lower bound and says so", () => {
    const { point } = deriveWalletTransferBurn({ day: "2026-12-03", value: "893838598.412377" }, { day: "2026-12-04", value: "1250.5" }, null);
    expect(point).toMatchObject({ amount: "1250.5", runningTotal: "1250.5" });
    expect(point?.note).toContain("swept");
  });

  it("makes no row without yesterday's reading", () => {
    expect(deriveWalletTransferBurn(null, { day: "2026-12-04", value: "1" }, null).point).toBeNull();
    expect(deriveWalletTransferBurn({ day: "2026-12-01", value: "1" }, { day: "2026-12-04", value: "2" }, null).point).toBeNull();
  });
});
