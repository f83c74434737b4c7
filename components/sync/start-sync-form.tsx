"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startSyncFormSchema, type StartSyncFormInput } from "@/lib/sync/schemas";
import { startSyncAction } from "@/app/it/sync/actions";

const LABELS: Record<string, string> = {
  users: "Users (without passwords or tokens)",
  agencies: "Agencies",
  rockets: "Rockets",
  launches: "Launches and status history",
  bookings: "Bookings, passengers and payments",
  invoices: "Invoices, payments and credit notes",
};

export function StartSyncForm({ datasets }: { datasets: string[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, control } = useForm<StartSyncFormInput>({
    resolver: zodResolver(startSyncFormSchema),
    defaultValues: { all: true, datasets: [], mode: "incremental" },
  });
  const all = useWatch({ control, name: "all" });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await startSyncAction(values);
      if (result.ok) {
        setMessage({ tone: "success", text: "Sync queued. Its progress appears below." });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.error });
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Start a sync">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Data sets</legend>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("all")} /> All data sets
        </label>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {datasets.map((d) => (
            <label key={d} className={`flex items-center gap-2 text-sm ${all ? "text-slate-400" : ""}`}>
              <input type="checkbox" value={d} disabled={all} {...register("datasets")} /> {LABELS[d] ?? d}
            </label>
          ))}
        </div>
        <p id="datasets-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {e.datasets?.message}
        </p>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Mode</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="incremental" {...register("mode")} /> Incremental (changes since the last sync)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="full" {...register("mode")} /> Full (compare everything)
          </label>
        </div>
        <p aria-live="polite" className="mt-1 text-sm text-red-700">
          {e.mode?.message}
        </p>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Queuing…" : "Start sync"}
      </Button>
    </form>
  );
}
