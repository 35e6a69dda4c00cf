import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { PageHeading } from "@/components/ui/page-heading";
import { listArticleSummaries } from "@/lib/articles/load-article";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Articles",
  description: "Analyses of LUNC supply, burns and prices, and guides to the Burnwatch API, in which every figure is computed from the data store.",
  openGraph: { title: "Burnwatch articles", description: "Analyses and API guides whose every figure is live.", type: "website", url: "/articles" },
};

export default function ArticlesPage() {
  const articles = listArticleSummaries();
  return (
    <>
      <PageHeading
        title="Articles"
        lead="Analyses of supply, burns and prices in which every figure is computed from the Burnwatch data store when you read it, each linked to the API request that answers it; and guides to our API."
      />
      <ArticleList articles={articles} />
    </>
  );
}
