import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = {
  title: "Docs",
  description: "The Burnwatch API reference and guides. The API is under construction.",
};

export default function DocsPage() {
  return (
    <>
      <PageHeading title="Docs" lead="The reference for the Burnwatch API, plus guides to the data behind it." />
      <Card title="The API is under construction">
        <p className="text-muted">
          There is no public API to document yet. In the meantime the data can be explored on the{" "}
          <Link href="/" className="text-accent underline underline-offset-4">
            token pages
          </Link>
          .
        </p>
      </Card>
    </>
  );
}
