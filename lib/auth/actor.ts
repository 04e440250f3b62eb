import type { Role } from "@/lib/db/generated/enums";

export type { Role };

/** The signed-in user, as every data-access function receives it. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The agency a CCO oversees; null for other roles. */
  agencyId: string | null;
  /** The programs a lead or a respondent belongs to; empty for other roles. */
  programIds: readonly string[];
};

export const roleLabels: Record<Role, string> = {
  LEAD: "Program lead",
  RESPONDENT: "Respondent",
  CCO: "Chief Customer Officer",
  COUNCIL: "Core Federal Services Council",
  ADMIN: "Administrator",
};

export const roleHome: Record<Role, string> = {
  LEAD: "/lead",
  RESPONDENT: "/my-work",
  CCO: "/cco",
  COUNCIL: "/council",
  ADMIN: "/admin",
};
