"use client";
import { ActionForm } from "@/components/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import type { Delivery, NotificationKind } from "@/lib/data-access/types";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications";

const deliveries: { value: Delivery; label: string }[] = [
  { value: "IMMEDIATE", label: "Right away" },
  { value: "DIGEST", label: "In a daily summary" },
  { value: "OFF", label: "Never" },
];

/** One question per kind of notification: how it is e-mailed. */
export function NotificationPreferencesForm({ kinds, chosen }: { kinds: { kind: NotificationKind; label: string; hint: string }[]; chosen: Record<NotificationKind, Delivery> }) {
  return (
    <ActionForm action={setNotificationPreferencesAction} submitLabel="Save settings" resetOnDone={false}>
      {kinds.map((k) => (
        <RadioGroup
          key={k.kind}
          name={k.kind}
          legend={
            <>
              <span className="text-bold">{k.label}</span>
              <span className="display-block usa-hint">{k.hint}</span>
            </>
          }
          options={deliveries.map((d) => ({ id: `${k.kind}-${d.value}`, value: d.value, label: d.label }))}
          defaultValue={chosen[k.kind]}
          className="margin-bottom-4"
        />
      ))}
    </ActionForm>
  );
}
