import type { ReactElement } from "react";
import type { NotificationPayloads, TemplateName } from "../payloads";

/** One email: its subject and its React Email body, both from the row's payload. */
export interface TemplateDef<T extends TemplateName> {
  subject: (payload: NotificationPayloads[T]) => string;
  Email: (props: { payload: NotificationPayloads[T]; appUrl: string }) => ReactElement;
  /** Extra mail headers (only bulk mails have any: List-Unsubscribe). */
  headers?: (payload: NotificationPayloads[T], appUrl: string) => Record<string, string>;
}

export type TemplateRegistry = { [T in TemplateName]: TemplateDef<T> };
