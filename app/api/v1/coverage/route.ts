import { getCoverage } from "@/lib/api/handlers/coverage";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getCoverage, { scope: "prices:read", allowPublishable: true });
