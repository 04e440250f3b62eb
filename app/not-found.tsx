import Link from "next/link";

export default function NotFound() {
  return (
    <div className="usa-prose">
      <h1>Page not found</h1>
      <p>We can’t find the page you’re looking for. It may have moved, or you may not have access to it.</p>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </div>
  );
}
