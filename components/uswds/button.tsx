import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

export type ButtonVariant = "outline" | "secondary" | "big";

/** The USWDS button classes: the plain button, or one of the variants the app uses, then any spacing. */
function buttonClass(variant?: ButtonVariant, className?: string) {
  return ["usa-button", variant && `usa-button--${variant}`, className].filter(Boolean).join(" ");
}

/** A USWDS button; a submit button unless `type` says otherwise. */
export function Button({ variant, className, type = "submit", ...button }: { variant?: ButtonVariant } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button {...button} type={type} className={buttonClass(variant, className)} />;
}

/** A link that looks like a button: it goes somewhere, it changes nothing. */
export function ButtonLink({ variant, className, ...link }: { variant?: ButtonVariant } & ComponentProps<typeof Link>) {
  return <Link {...link} className={buttonClass(variant, className)} />;
}
