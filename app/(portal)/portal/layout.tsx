import type { ReactNode } from "react";
import { PortalNav } from "@/components/portal/portal-nav";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { requireUser } from "@/lib/auth/sessions";
import { signOutAction } from "../_actions/auth-actions";

// Each portal page checks the session again itself: a layout is not re-rendered on every navigation.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <PortalNav email={user.email} role={user.role} signOut={<SignOutButton csrfToken={user.csrfToken} action={signOutAction} />} />
      {children}
    </>
  );
}
