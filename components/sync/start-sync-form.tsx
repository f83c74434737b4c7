"use client";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { startSyncFormSchema } from "@/lib/sync/schemas";
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
  const {
    register,
    errors: e,
    form,
    onSubmit,
    pending,
    formError,
    success,
  } = useActionForm(startSyncFormSchema, startSyncAction, {
    defaultValues: { all: true, datasets: [], mode: "incremental" },
    onSuccess: () => {
      router.refresh();
      return "Sync queued. Its progress appears below.";
    },
  });
  const all = useWatch({ control: form.control, name: "all" });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Start a sync">
      <FormError {...formError} />
      {success ? <Alert tone="success">{success}</Alert> : null}
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
