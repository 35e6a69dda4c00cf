import type { KeyStatus } from "@/lib/keys/key-record";

const tone: Record<KeyStatus, string> = {
  active: "border-green-700/50 text-green-800 dark:text-green-300",
  grace: "border-amber-600/60 text-amber-800 dark:text-amber-300",
  expired: "border-border text-muted",
  revoked: "border-red-700/50 text-red-800 dark:text-red-300",
};

export function KeyStatusBadge({ status }: { status: KeyStatus }) {
  return (
    <span data-testid="key-status" data-status={status} className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tone[status]}`}>
      {status}
    </span>
  );
}
