import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link of the public pages: Next.js's <Link> (a click still fetches only the next page's payload)
 * without prefetching. By default every <Link> in view fetches and decodes the payload of the page it
 * points to as soon as the page has loaded: a dozen requests on the catalog (every result, the menu), all
 * rendered by the server and decoded on the phone's main thread while the visitor is starting to read or
 * type. On a cheap phone that work is most of the time the page stays unresponsive after it appears
 * (docs/performance.md). `prefetch` can still be set on a link that is almost always followed.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
