import { ALERT_THRESHOLDS } from "@/lib/keys/key-alerts";
import { KEY_CHECKSUM_LENGTH, KEY_ID_LENGTH, KEY_SECRET_LENGTH } from "@/lib/keys/key-format";
import { MAX_GRACE_SECONDS } from "@/lib/keys/grace-window";
import { MAX_ACTIVE_KEYS_PER_CLIENT } from "@/lib/keys/key-store";
import { NONCE_TTL_SECONDS, SIGNATURE_MAX_AGE_SECONDS, SIGNATURE_MAX_SKEW_SECONDS } from "@/lib/keys/request-signature";
import type { ResolvedFigure } from "./figure-types";

type CodeConstant = { value: number; unit: ResolvedFigure["unit"]; text: string; where: string };

const hours = (ms: number) => ms / 3_600_000;

/**
 * Numbers the API guides quote from the code that enforces them, so a guide cannot drift from what the API does.
 * They are rules of our API, not market figures.
 */
export const codeConstants: Record<string, CodeConstant> = {
  SIGNATURE_MAX_AGE_SECONDS: { value: SIGNATURE_MAX_AGE_SECONDS, unit: "seconds", text: `${SIGNATURE_MAX_AGE_SECONDS} seconds`, where: "lib/keys/request-signature.ts" },
  SIGNATURE_MAX_SKEW_SECONDS: { value: SIGNATURE_MAX_SKEW_SECONDS, unit: "seconds", text: `${SIGNATURE_MAX_SKEW_SECONDS} seconds`, where: "lib/keys/request-signature.ts" },
  NONCE_TTL_SECONDS: { value: NONCE_TTL_SECONDS, unit: "seconds", text: `${NONCE_TTL_SECONDS} seconds`, where: "lib/keys/request-signature.ts" },
  MAX_GRACE_SECONDS: { value: MAX_GRACE_SECONDS, unit: "seconds", text: `${MAX_GRACE_SECONDS / 86_400} days`, where: "lib/keys/grace-window.ts" },
  MAX_ACTIVE_KEYS_PER_CLIENT: { value: MAX_ACTIVE_KEYS_PER_CLIENT, unit: "count", text: String(MAX_ACTIVE_KEYS_PER_CLIENT), where: "lib/keys/key-store.ts" },
  KEY_ID_LENGTH: { value: KEY_ID_LENGTH, unit: "count", text: String(KEY_ID_LENGTH), where: "lib/keys/key-format.ts" },
  KEY_SECRET_LENGTH: { value: KEY_SECRET_LENGTH, unit: "count", text: String(KEY_SECRET_LENGTH), where: "lib/keys/key-format.ts" },
  KEY_CHECKSUM_LENGTH: { value: KEY_CHECKSUM_LENGTH, unit: "count", text: String(KEY_CHECKSUM_LENGTH), where: "lib/keys/key-format.ts" },
  ALERT_GRACE_ENDING_HOURS: { value: hours(ALERT_THRESHOLDS.graceEndingWithinMs), unit: "count", text: `${hours(ALERT_THRESHOLDS.graceEndingWithinMs)} hours`, where: "lib/keys/key-alerts.ts" },
  ALERT_EXPIRING_DAYS: { value: hours(ALERT_THRESHOLDS.expiringWithinMs) / 24, unit: "count", text: `${hours(ALERT_THRESHOLDS.expiringWithinMs) / 24} days`, where: "lib/keys/key-alerts.ts" },
  ALERT_FAILED_AUTH_PER_HOUR: { value: ALERT_THRESHOLDS.failedAuthPerHour, unit: "count", text: String(ALERT_THRESHOLDS.failedAuthPerHour), where: "lib/keys/key-alerts.ts" },
};
