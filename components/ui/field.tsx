import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

interface FieldProps {
  id: string;
  label: string;
  error?: string | string[];
  hint?: string;
  children: ReactNode;
}

/** A label, its control, a hint and the field's error, wired with aria attributes. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !message ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 min-h-0 text-sm text-red-700">
        {message}
      </p>
    </div>
  );
}

/** aria props for a control inside <Field>. */
export function describedBy(id: string, error?: string | string[]) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": `${id}-error ${id}-hint` } as const;
}

export function Input(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${CONTROL} ${props.className ?? ""}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`${CONTROL} ${props.className ?? ""}`} />;
}

export function Textarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={`${CONTROL} ${props.className ?? ""}`} />;
}
