// Stripe's request bodies are form-encoded with bracketed keys (`metadata[bookingId]=…`,
// `line_items[0][price_data][unit_amount]=…`): this turns them back into objects.
export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

export function parseStripeForm(body: string): FormObject {
  const out: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, "").split("[");
    let node: FormObject = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as FormObject;
    });
  }
  return out;
}

export const str = (v: FormValue | undefined): string | undefined => (typeof v === "string" ? v : undefined);
export const int = (v: FormValue | undefined): number | undefined => {
  const s = str(v);
  return s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined;
};
/** Indexed entries (`a[0]`, `a[1]`) in order. */
export const list = (v: FormValue | undefined): FormObject[] =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.keys(v)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => v[k] as FormObject)
    : [];
export const stringMap = (v: FormValue | undefined): Record<string, string> =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};
