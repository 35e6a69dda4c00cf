import { rotateKey } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(rotateKey, { scope: "keys:manage" });
