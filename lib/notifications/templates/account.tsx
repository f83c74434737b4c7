import type { TemplateDef } from "./types";
import { EmailLayout, P } from "./layout";
import { absoluteUrl } from "./format";

// Account mails: address confirmation and employee invitations.
export const verifyEmail: TemplateDef<"verify_email"> = {
  subject: () => "Confirm your email address",
  Email: ({ payload, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview="Confirm your email to finish setting up your account"
      heading={`Welcome aboard, ${payload.name}`}
      action={{ label: "Confirm my email", href: absoluteUrl(appUrl, payload.path) }}
    >
      <P>Please confirm that this is your email address. The link works once and is valid for 48 hours.</P>
      <P>If you did not create an AstroBookings account, ignore this email.</P>
    </EmailLayout>
  ),
};

const ROLE_WORDS = { employee: "an employee", it: "an IT employee" } as const;

export const invitation: TemplateDef<"invitation"> = {
  subject: (p) => `You are invited to join AstroBookings as ${ROLE_WORDS[p.role]}`,
  Email: ({ payload, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`${payload.invitedBy} invited you to AstroBookings`}
      heading="You are invited"
      action={{ label: "Accept the invitation", href: absoluteUrl(appUrl, payload.path) }}
    >
      <P>
        {payload.invitedBy} invited you to join AstroBookings as {ROLE_WORDS[payload.role]}. Open the link to create
        your account; it is valid for 7 days.
      </P>
    </EmailLayout>
  ),
};
