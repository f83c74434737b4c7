"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useSyncExternalStore, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { FieldErrors } from "@/lib/errors";

/** A server action as a form calls it; one that redirects on success answers nothing. */
type Action<I, R> = (input: I) => Promise<ActionResult<R> | undefined | void>;
type Failure = Extract<ActionResult<unknown>, { ok: false }>;

interface Options<V extends FieldValues, O, I, R> {
  defaultValues: DefaultValues<V>;
  /** What the action receives, from the parsed and the typed values (default: the parsed values). */
  toInput?: (values: O, raw: V) => I;
  /** Server error paths that belong to a field of another name, e.g. `{ pricePerSeatCents: "price" }`. */
  fieldNames?: Record<string, Path<V>>;
  /** Runs after the browser-side check; false stops the submission (a confirmation, an extra check). */
  before?: (values: O, form: UseFormReturn<V, unknown, O>) => boolean;
  /** After success: returns the message to show, if any (and may reset the form). */
  onSuccess?: (data: R, form: UseFormReturn<V, unknown, O>) => string | void;
  /** After a refusal, once its field errors are next to their fields. */
  onError?: (result: Failure, form: UseFormReturn<V, unknown, O>) => void;
}

export interface ActionForm<V extends FieldValues, O, I> {
  form: UseFormReturn<V, unknown, O>;
  register: UseFormReturn<V, unknown, O>["register"];
  errors: UseFormReturn<V, unknown, O>["formState"]["errors"];
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** Runs the action with this input (also for buttons that send without the form's fields). */
  run: (input: I) => void;
  pending: boolean;
  /** The action's message after a refusal. */
  error: string | undefined;
  /** The message onSuccess returned. */
  success: string | undefined;
  /** Drops both messages (when what they said no longer applies). */
  clearMessages: () => void;
  /** Props for <FormError>: the message, and whether it takes the focus (no field error took it). */
  formError: { message: string | undefined; focus: boolean };
}

/**
 * Puts the server's field errors next to their fields (those the form shows) and moves
 * the focus to the first, as the browser-side check does: on a long form or a phone the
 * error may be far from the submit button. Answers whether a field error was set.
 */
function applyServerErrors<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  fieldErrors: FieldErrors | undefined,
  fieldNames: Record<string, Path<V>> = {},
): boolean {
  let first = true;
  for (const [serverPath, messages] of Object.entries(fieldErrors ?? {})) {
    const path = fieldNames[serverPath] ?? (serverPath as Path<V>);
    // Only a field the form shows (its input carries the path as its name) can hold the message.
    if (!messages[0] || document.getElementsByName(path).length === 0) continue;
    form.setError(path, { type: "server", message: messages[0] }, { shouldFocus: first });
    first = false;
  }
  return !first;
}

const noSubscription = () => () => {};

/** False on the server and during hydration, true once this component has hydrated. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * One client form over one server action: react-hook-form checks the fields with the same zod
 * schema as the server (instant feedback), then the action answers the truth; its field errors
 * land next to their fields and take the focus, its message is `error` (render it with
 * `<FormError {...formError} />`, which takes the focus when no field did).
 */
export function useActionForm<V extends FieldValues, O, R>(
  schema: z.ZodType<O, V>,
  action: Action<O, R>,
  options: Options<V, O, O, R>,
): ActionForm<V, O, O>;
export function useActionForm<V extends FieldValues, O, R, I>(
  schema: z.ZodType<O, V>,
  action: Action<I, R>,
  options: Options<V, O, I, R> & { toInput: (values: O, raw: V) => I },
): ActionForm<V, O, I>;
export function useActionForm<V extends FieldValues, O, R, I>(
  schema: z.ZodType<O, V>,
  action: Action<I, R>,
  options: Options<V, O, I, R>,
): ActionForm<V, O, I> {
  const form = useForm<V, unknown, O>({
    resolver: zodResolver(schema),
    defaultValues: options.defaultValues,
  });
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [fieldErrorSet, setFieldErrorSet] = useState(false);
  const hydrated = useHydrated();

  const run = (input: I) =>
    startTransition(async () => {
      setError(undefined);
      setSuccess(undefined);
      const result = await action(input);
      if (!result) return;
      if (result.ok) {
        setSuccess(options.onSuccess?.(result.data, form) ?? undefined);
        return;
      }
      setFieldErrorSet(applyServerErrors(form, result.fieldErrors, options.fieldNames));
      setError(result.error);
      options.onError?.(result, form);
    });

  const onSubmit = form.handleSubmit((values) => {
    if (options.before && !options.before(values, form)) return;
    run(options.toInput ? options.toInput(values, form.getValues()) : (values as unknown as I));
  });

  return {
    form,
    // Until hydration react-hook-form has not attached the fields: it then sets each to its
    // default value, wiping what was typed before. Read-only until then (a test's fill() waits).
    register: ((name, options) => ({ ...form.register(name, options), readOnly: !hydrated })) as typeof form.register,
    errors: form.formState.errors,
    onSubmit,
    run,
    pending,
    error,
    success,
    clearMessages: () => {
      setError(undefined);
      setSuccess(undefined);
    },
    formError: { message: error, focus: !fieldErrorSet },
  };
}
