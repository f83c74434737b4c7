import type { Metadata } from "next";
import { RowActionButton } from "@/components/account/row-action-button";
import { DataTable } from "@/components/ui/data-table";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterActions } from "@/components/ui/filter-form";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { userListQuerySchema, USER_STATUSES } from "@/lib/auth/account-schemas";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/auth/user-admin";
import { deactivateUserAction, reactivateUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

const ROLES = { traveler: "Traveler", agency: "Agency", employee: "Employee", it: "IT employee" } as const;
const STATUS_CLASS = {
  active: "bg-green-100 text-green-900",
  disabled: "bg-red-100 text-red-900",
  deleted: "bg-slate-200 text-slate-700",
} as const;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(["it"]);
  const params = await searchParams;
  const parsed = userListQuerySchema.safeParse({ ...params, pageSize: 20 });
  const query = parsed.success ? parsed.data : userListQuerySchema.parse({});
  const list = await listUsers(await webContext(actor), query);
  return (
    <Page
      title="Users"
      description="Find an account by email or name; deactivate one to sign it out and refuse its sign-in."
    >
      <div className="space-y-6">
        <Card>
          <form method="get" className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr_auto]" aria-label="Find users">
            <Field id="q" label="Email or name">
              <Input id="q" name="q" type="search" defaultValue={query.q ?? ""} />
            </Field>
            <Field id="role" label="Role">
              <Select id="role" name="role" defaultValue={query.role ?? ""}>
                <option value="">Any role</option>
                {Object.entries(ROLES).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="status" label="Status">
              <Select id="status" name="status" defaultValue={query.status ?? ""}>
                <option value="">Any status</option>
                {USER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
            <FilterActions resetHref="/it/users" applyLabel="Find" />
          </form>
        </Card>
        {list.total === 0 ? (
          <EmptyState title="No user matches">Try another part of the email or name, or another filter.</EmptyState>
        ) : (
          <DataTable
            caption="Users, newest first"
            wide
            columns={[
              { label: "Email" },
              { label: "Name" },
              { label: "Role" },
              { label: "Status" },
              { label: "Actions" },
            ]}
          >
            {list.items.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2 break-all">{u.email}</td>
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{ROLES[u.role]}</td>
                <td className="px-3 py-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[u.status]}`}>
                    {u.status}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {u.status === "active" && u.id !== actor.id ? (
                    <RowActionButton
                      action={deactivateUserAction}
                      id={u.id}
                      label="Deactivate"
                      pendingLabel="Deactivating…"
                      variant="danger"
                    />
                  ) : u.status === "disabled" ? (
                    <RowActionButton
                      action={reactivateUserAction}
                      id={u.id}
                      label="Reactivate"
                      pendingLabel="Reactivating…"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/it/users" query={params} />
      </div>
    </Page>
  );
}
