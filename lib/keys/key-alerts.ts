import type { KeyView } from "./key-record";

export type KeyAlert = { keyId: string; kind: "grace_ending_in_use" | "failed_auth_burst" | "expiring_soon"; message: string };

const hourMs = 3_600_000;
export const ALERT_THRESHOLDS = { graceEndingWithinMs: 24 * hourMs, usedWithinMs: hourMs, failedAuthPerHour: 10, expiringWithinMs: 7 * 24 * hourMs } as const;

/**
 * The alerts the design asks the portal to raise: an old key still used near the end of its grace window, a burst
 * of failed authentications for one key, and a key close to expiry.
 */
export function computeKeyAlerts(keys: KeyView[], failedAuthLastHour: Map<string, number>, now: Date): KeyAlert[] {
  const alerts: KeyAlert[] = [];
  const nowMs = now.getTime();
  for (const key of keys) {
    const expiresInMs = key.expiresAt ? Date.parse(key.expiresAt) - nowMs : null;
    const usedRecently = key.lastUsedAt !== null && nowMs - Date.parse(key.lastUsedAt) <= ALERT_THRESHOLDS.usedWithinMs;
    if (key.status === "grace" && expiresInMs !== null && expiresInMs <= ALERT_THRESHOLDS.graceEndingWithinMs && usedRecently) {
      alerts.push({ keyId: key.keyId, kind: "grace_ending_in_use", message: `${key.name} (${key.keyId}) is still in use and stops working at ${key.expiresAt}: switch its callers to the successor.` });
    }
    if (key.status === "active" && expiresInMs !== null && expiresInMs <= ALERT_THRESHOLDS.expiringWithinMs) {
      alerts.push({ keyId: key.keyId, kind: "expiring_soon", message: `${key.name} (${key.keyId}) expires at ${key.expiresAt}: rotate it before then.` });
    }
    const failures = failedAuthLastHour.get(key.keyId) ?? 0;
    if (failures >= ALERT_THRESHOLDS.failedAuthPerHour && key.status !== "revoked") {
      alerts.push({ keyId: key.keyId, kind: "failed_auth_burst", message: `${failures} failed authentications named ${key.keyId} in the last hour: someone may be guessing at it, or a caller has a broken copy.` });
    }
  }
  return alerts;
}
