import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/portal/auth-form";
import { linkClass } from "@/components/portal/styles";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/auth/sessions";
import { signInAction } from "../_actions/auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/portal");
  return (
    <>
      <PageHeading title="Sign in" lead="Manage your API clients and keys, see their usage and the audit log." />
      <AuthForm mode="signin" action={signInAction} />
      <p className="mt-6 text-sm text-muted">
        No account yet?{" "}
        <Link href="/signup" className={linkClass}>
          Create one
        </Link>
        .
      </p>
    </>
  );
}
