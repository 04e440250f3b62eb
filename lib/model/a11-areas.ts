import type { A11Area } from "@/lib/db/generated/enums";

/** OMB Circular A-11 §280 CX capacity areas, as the crosswalk names them. */
export const a11AreaLabels: Record<A11Area, string> = {
  MEASUREMENT: "Measurement",
  GOVERNANCE: "Governance",
  ORGANIZATION_AND_CULTURE: "Organization & Culture",
  CUSTOMER_RESEARCH: "Customer Research",
  SERVICE_DESIGN: "Service Design",
};
