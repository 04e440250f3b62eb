/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Drives a real Chromium for PDF reports; it must stay a Node module, not be bundled.
  serverExternalPackages: ["playwright-core"],
};

export default nextConfig;
