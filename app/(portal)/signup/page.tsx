import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/portal/auth-form";
import { linkClass } from "@/components/portal/styles";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/auth/sessions";
import { signUpAction } from "../_actions/auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/portal");
  return (
    <>
      <PageHeading title="Create an account" lead="An account holds your API clients and their keys. The data pages stay open to everyone without one." />
      <AuthForm mode="signup" action={signUpAction} />
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link href="/signin" className={linkClass}>
          Sign in
        </Link>
        .
      </p>
    </>
  );
}
