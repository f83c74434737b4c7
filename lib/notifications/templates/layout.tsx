import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

// The product's look in email: the dark "space" header, brand blue buttons, slate text.
// Inline styles only: mail clients ignore stylesheets.
const BRAND = "#3b4fd8";
const SPACE = "#0b1026";
const TEXT = "#0f172a";
const MUTED = "#475569";

export function EmailLayout({
  preview,
  heading,
  children,
  action,
  appUrl,
}: {
  preview: string;
  heading: string;
  children: ReactNode;
  action?: { label: string; href: string };
  appUrl: string;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: "#f1f5f9", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}
      >
        <Container
          style={{
            maxWidth: "560px",
            margin: "0 auto",
            backgroundColor: "#ffffff",
            borderRadius: "8px",
            overflow: "hidden",
            border: "1px solid #e2e8f0",
          }}
        >
          <Section style={{ backgroundColor: SPACE, padding: "16px 24px" }}>
            <Text style={{ color: "#ffffff", fontSize: "18px", fontWeight: 600, margin: 0 }}>AstroBookings</Text>
          </Section>
          <Section style={{ padding: "24px" }}>
            <Heading as="h1" style={{ color: TEXT, fontSize: "22px", margin: "0 0 16px" }}>
              {heading}
            </Heading>
            {children}
            {action ? (
              <Section style={{ margin: "24px 0 8px" }}>
                <Button
                  href={action.href}
                  style={{
                    backgroundColor: BRAND,
                    color: "#ffffff",
                    borderRadius: "6px",
                    padding: "12px 20px",
                    fontSize: "14px",
                    fontWeight: 600,
                    textDecoration: "none",
                  }}
                >
                  {action.label}
                </Button>
              </Section>
            ) : null}
            {action ? (
              <Text style={{ color: MUTED, fontSize: "12px", margin: "8px 0 0" }}>
                Or open this link:{" "}
                <Link href={action.href} style={{ color: BRAND }}>
                  {action.href}
                </Link>
              </Text>
            ) : null}
          </Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: 0 }} />
          <Section style={{ padding: "16px 24px" }}>
            <Text style={{ color: MUTED, fontSize: "12px", margin: 0 }}>
              You receive this email because of your AstroBookings account.{" "}
              <Link href={appUrl} style={{ color: BRAND }}>
                {appUrl.replace(/^https?:\/\//, "")}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function P({ children }: { children: ReactNode }) {
  return <Text style={{ color: TEXT, fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" }}>{children}</Text>;
}

/** A small label/value table for the facts of a mail (launch, date, seats, amount). */
export function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <Section
      style={{
        backgroundColor: "#f8fafc",
        border: "1px solid #e2e8f0",
        borderRadius: "6px",
        padding: "12px 16px",
        margin: "8px 0 12px",
      }}
    >
      {rows.map(([label, value]) => (
        <Text key={label} style={{ color: TEXT, fontSize: "14px", lineHeight: "20px", margin: "2px 0" }}>
          <span style={{ color: MUTED }}>{label}: </span>
          <strong>{value}</strong>
        </Text>
      ))}
    </Section>
  );
}
