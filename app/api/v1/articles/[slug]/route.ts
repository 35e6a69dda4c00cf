import { getArticle } from "@/lib/api/handlers/articles";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getArticle, apiOperations.getArticle);
