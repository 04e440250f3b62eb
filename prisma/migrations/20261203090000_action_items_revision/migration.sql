-- Hand-written: the executive brief counts the action items falling due across the portfolio, a
-- figure kept per portfolio revision like the others, so a change to an action item counts too,
-- once per statement.
CREATE TRIGGER "ActionItem_portfolio_revision" AFTER INSERT OR UPDATE OR DELETE ON "ActionItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_portfolio_revision"();
