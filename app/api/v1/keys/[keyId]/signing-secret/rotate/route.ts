import { rotateKeySigningSecret } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(rotateKeySigningSecret, { scope: "keys:manage" });
