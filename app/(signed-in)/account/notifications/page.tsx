import type { Metadata } from "next";
import Link from "next/link";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireActor } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/data-access/notifications";
import { notificationKinds } from "@/lib/notifications/messages";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const chosen = await getNotificationPreferences(actor);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: "Your account" }]} current="Notification settings" />
      <h1>Notification settings</h1>
      <p className="usa-intro">
        Every notification is listed under <Link href="/notifications">Notifications</Link>. Choose, for each kind, whether it is also e-mailed to you ({actor.email}) right away, in
        one summary each morning, or never.
      </p>
      <NotificationPreferencesForm kinds={notificationKinds} chosen={chosen} />
    </>
  );
}
