import { LocalDateTime } from "@/components/ui/local-date-time";
import type { Metadata } from "next";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { listInvitations } from "@/lib/auth/invitations";
import { pageQuerySchema } from "@/lib/auth/schemas";
import { RowActionButton } from "@/components/account/row-action-button";
import { revokeInvitationAction } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invitations" };

const STATUS_CLASS = {
  pending: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  expired: "bg-slate-200 text-slate-700",
  revoked: "bg-red-100 text-red-900",
} as const;
const ROLE_LABEL = { employee: "Employee", it: "IT employee" } as const;

export default async function InvitationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(["it"]);
  const params = await searchParams;
  const query = pageQuerySchema.parse({ page: Number(params.page) > 0 ? params.page : 1, pageSize: 20 });
  const list = await listInvitations(await webContext(actor), query);
  return (
    <Page
      title="Invitations"
      description="Employees and IT employees join through an emailed invitation link, valid for 7 days."
    >
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Invite a colleague</h2>
          <InviteForm />
        </Card>
        {list.total === 0 ? (
          <EmptyState title="No invitations yet">Invite a colleague with the form above.</EmptyState>
        ) : (
          <Card className="p-0">
            <DataTable
              caption="Invitations, newest first"
              framed={false}
              wide
              columns={[
                { label: "Email" },
                { label: "Role" },
                { label: "Status" },
                { label: "Invited by" },
                { label: "Sent" },
                { label: "Expires" },
                { label: "Actions", srOnly: true },
              ]}
            >
              {list.items.map((inv) => (
                <Row key={inv.id}>
                  <Cell className="break-all">{inv.email}</Cell>
                  <Cell>{ROLE_LABEL[inv.role]}</Cell>
                  <Cell>
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[inv.status]}`}>
                      {inv.status}
                    </span>
                  </Cell>
                  <Cell>{inv.invitedBy ?? "—"}</Cell>
                  <Cell className="whitespace-nowrap">
                    <LocalDateTime iso={inv.createdAt} />
                  </Cell>
                  <Cell className="whitespace-nowrap">
                    {inv.status === "accepted" && inv.acceptedAt ? (
                      <>
                        accepted <LocalDateTime iso={inv.acceptedAt} />
                      </>
                    ) : (
                      <LocalDateTime iso={inv.expiresAt} />
                    )}
                  </Cell>
                  <Cell>
                    {inv.status === "pending" ? (
                      <RowActionButton
                        action={revokeInvitationAction}
                        id={inv.id}
                        label="Revoke"
                        pendingLabel="Revoking…"
                        variant="danger"
                      />
                    ) : null}
                  </Cell>
                </Row>
              ))}
            </DataTable>
          </Card>
        )}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          basePath="/it/invitations"
          query={params}
        />
      </div>
    </Page>
  );
}
