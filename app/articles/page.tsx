import type { Metadata } from "next";

import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = {
  title: "Articles",
  description: "Analyses whose every figure is computed from the Burnwatch data store. Not built yet.",
};

export default function ArticlesPage() {
  return (
    <>
      <PageHeading
        title="Articles"
        lead="Analyses of supply, burns and prices in which every figure is computed from the Burnwatch data store, so each number can be traced back to its source."
      />
      <Card title="Not built yet">
        <p className="text-muted">No articles have been published yet. This page is under construction.</p>
      </Card>
    </>
  );
}
