// A download's Content-Disposition (RFC 6266): a plain ASCII name for every client, and the exact name
// in UTF-8 (RFC 8187) for those that read it. Nothing from the request reaches the header unencoded.

/** `attachment; filename="…"; filename*=UTF-8''…` for a file name (extension included). */
export function attachment(filename: string): string {
  // Accents dropped ("é" → "e"), anything else outside a plain name becomes "-".
  const ascii = filename.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "download";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The file name a Content-Disposition gives: the exact UTF-8 one when present, else the plain one. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const exact = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (exact) {
    try {
      return decodeURIComponent(exact);
    } catch {
      // A malformed encoding: the plain name below.
    }
  }
  return disposition?.match(/filename="([^"]*)"/i)?.[1] || fallback;
}
