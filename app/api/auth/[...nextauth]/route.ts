import NextAuth from "next-auth";
import { authOptions, clientAddress } from "@/lib/auth/options";

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions({ address: clientAddress(Object.fromEntries(request.headers)) }))(request, context);
}

export { handler as GET, handler as POST };
