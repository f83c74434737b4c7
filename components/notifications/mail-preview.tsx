import type { RenderedMail } from "@/lib/notifications/templates";

/**
 * A rendered mail: its HTML in a sandboxed iframe (no scripts, no same-origin access, so a
 * hostile payload cannot reach the IT console) and its plain-text part.
 */
export function MailPreview({ mail, title }: { mail: RenderedMail; title: string }) {
  return (
    <div className="space-y-4">
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">HTML part</h3>
        <iframe
          title={`${title} (HTML)`}
          sandbox=""
          srcDoc={mail.html}
          referrerPolicy="no-referrer"
          className="h-[32rem] w-full rounded-md border border-slate-200 bg-white"
        />
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">Plain-text part</h3>
        <pre
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-xs break-words whitespace-pre-wrap"
        >
          {mail.text}
        </pre>
      </div>
    </div>
  );
}
