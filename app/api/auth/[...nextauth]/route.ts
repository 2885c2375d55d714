import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx) {
  return (NextAuth(authOptions()) as unknown as (req: Request, ctx: Ctx) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
