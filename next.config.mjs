/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // neo4j-driver stays a plain Node dependency of the server bundle.
  serverExternalPackages: ["neo4j-driver"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
