import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useActionForm } from "@/components/ui/use-action-form";

// What the browser shows before React hydrates a client form: react-hook-form attaches its
// fields on hydration and sets each to its default value, so anything typed earlier would be
// wiped. The server HTML therefore renders the fields read-only (hydration lifts it).
const schema = z.object({ taxId: z.string().min(3) });

function TaxIdForm() {
  const { register, onSubmit } = useActionForm(schema, async () => ({ ok: true as const, data: null }), {
    defaultValues: { taxId: "27-1234567" },
  });
  return createElement("form", { onSubmit }, createElement("input", { id: "taxId", ...register("taxId") }));
}

describe("a client form before hydration", () => {
  it("renders its fields read-only", () => {
    const html = renderToString(createElement(TaxIdForm));
    expect(html).toMatch(/<input[^>]*\bid="taxId"[^>]*>/);
    const input = html.match(/<input[^>]*>/)![0];
    expect(input).toContain("readOnly");
    expect(input).toContain('name="taxId"');
  });
});
