import type { Metadata } from "next";
import "@uswds/uswds/css/uswds.min.css";
import "./globals.css";
import { GovBanner } from "@/components/gov-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "CX Maturity Assessment", template: "%s | CX Maturity Assessment" },
  description: "Assess and track the customer-experience maturity of federal programs.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <html lang="en">
      <body>
        <a className="usa-skipnav" href="#main-content">
          Skip to main content
        </a>
        <GovBanner />
        <SiteHeader actor={actor} />
        <main id="main-content" className="grid-container padding-y-4" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
