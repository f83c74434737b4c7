import type { TemplateDef } from "./types";
import { EmailLayout, P } from "./layout";
import { absoluteUrl } from "./format";
import { EMAIL_TOKEN_HOURS } from "@/lib/auth/rules";

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
      <P>
        Please confirm that this is your email address. The link works once and is valid for {EMAIL_TOKEN_HOURS} hours.
      </P>
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

export const passwordReset: TemplateDef<"password_reset"> = {
  subject: () => "Choose a new password",
  Email: ({ payload, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview="A link to choose a new AstroBookings password"
      heading={`Hello ${payload.name}`}
      action={{ label: "Choose a new password", href: absoluteUrl(appUrl, payload.path) }}
    >
      <P>
        Someone (we hope you) asked to reset the password of your AstroBookings account. The link works once and is
        valid for 1 hour; using it signs you out everywhere.
      </P>
      <P>If you did not ask for this, ignore this email: your password stays as it is.</P>
    </EmailLayout>
  ),
};

export const emailChangeConfirm: TemplateDef<"email_change_confirm"> = {
  subject: () => "Confirm your new email address",
  Email: ({ payload, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview="Confirm the new email address of your AstroBookings account"
      heading={`Hello ${payload.name}`}
      action={{ label: "Use this address", href: absoluteUrl(appUrl, payload.path) }}
    >
      <P>
        Open the link to make {payload.newEmail} the email of your AstroBookings account. Until then you keep signing in
        with your current address. The link works once and is valid for 24 hours.
      </P>
    </EmailLayout>
  ),
};

export const emailChangeNotice: TemplateDef<"email_change_notice"> = {
  subject: () => "A change of your email address was requested",
  Email: ({ payload, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview="Your AstroBookings email address is about to change"
      heading={`Hello ${payload.name}`}
      action={{ label: "Open my account", href: absoluteUrl(appUrl, payload.path) }}
    >
      <P>
        Someone signed in to your account asked to change its email to {payload.newEmail}. The change happens only when
        the link sent to that address is used.
      </P>
      <P>If this was not you, change your password now: it signs every session out.</P>
    </EmailLayout>
  ),
};
