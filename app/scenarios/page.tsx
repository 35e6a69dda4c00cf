import type { Metadata } from "next";

import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = {
  title: "Burn-rate scenarios",
  description: "A simulator of token supply under different burn rates. Not built yet.",
};

export default function ScenariosPage() {
  return (
    <>
      <PageHeading
        title="Burn-rate scenarios"
        lead="A simulator of how a token's supply would change at a chosen burn rate, how many years a target supply would take, and the market cap a target price would require."
      />
      <Card title="Not built yet">
        <p className="text-muted">
          This page is under construction. Until it is ready there are no scenarios or results to show here.
        </p>
      </Card>
    </>
  );
}
