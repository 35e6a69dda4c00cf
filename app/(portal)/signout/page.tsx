import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { linkClass } from "@/components/portal/styles";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/auth/sessions";
import { signOutAction } from "../_actions/auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

// Signing out is a POST (a Server Action): a GET that signed people out could be triggered by any image tag.
export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <PageHeading title="Signed out" />
        <p className="text-sm">
          You are not signed in.{" "}
          <Link href="/signin" className={linkClass}>
            Sign in
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title="Sign out" lead={`You are signed in as ${user.email}.`} />
      <SignOutButton csrfToken={user.csrfToken} action={signOutAction} />
    </>
  );
}
