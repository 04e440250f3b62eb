export function SiteFooter() {
  return (
    <footer className="usa-identifier margin-top-6">
      <section className="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
        <div className="usa-identifier__container">
          <div className="usa-identifier__identity">
            <p className="usa-identifier__identity-domain">CX Maturity Assessment</p>
            <p className="usa-identifier__identity-disclaimer">
              A self-assessment of customer-experience maturity for federal programs, after the GSA CX Maturity Model.
            </p>
          </div>
        </div>
      </section>
    </footer>
  );
}
