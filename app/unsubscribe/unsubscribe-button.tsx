"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "./actions";

export function UnsubscribeButton({ token }: { token: string }) {
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  if (result?.ok) return <Alert tone="success">{result.text}</Alert>;
  return (
    <div className="space-y-4">
      {result ? <Alert tone="error">{result.text}</Alert> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await unsubscribeAction({ token });
            setResult(r.ok ? { ok: true, text: "Done: new-launch alerts are off." } : { ok: false, text: r.error });
          })
        }
      >
        {pending ? "Unsubscribing…" : "Unsubscribe"}
      </Button>
    </div>
  );
}
