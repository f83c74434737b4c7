"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setPreferencesAction } from "./actions";

export function PreferencesForm({ vipAlerts }: { vipAlerts: boolean }) {
  const [checked, setChecked] = useState(vipAlerts);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label="Notification preferences"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await setPreferencesAction({ vipAlerts: checked });
          setMessage(
            result.ok ? { tone: "success", text: result.data.message } : { tone: "error", text: result.error },
          );
        });
      }}
    >
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
        />
        <span>
          <span className="font-medium text-slate-900">New-launch alerts for VIP travelers</span>
          <span className="block text-slate-600">
            An email when an agency schedules a new launch. Mails about your bookings and invoices always come.
          </span>
        </span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save preferences"}
      </Button>
    </form>
  );
}
