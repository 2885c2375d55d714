/**
 * The agency tree as the administration shows it (any depth), and the rules a tree change must keep:
 * a materialized path of ids ("/root/…/self/"), no agency under itself.
 */

export interface FlatAgency {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  active: boolean;
}

export interface AgencyNode<T extends FlatAgency = FlatAgency> {
  agency: T;
  depth: number;
  children: AgencyNode<T>[];
}

/** Builds the forest from a flat list (roots: no parent, or a parent not in the list), sorted by code. */
export function buildAgencyTree<T extends FlatAgency>(rows: T[]): AgencyNode<T>[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const kids = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.parentId && byId.has(r.parentId) ? r.parentId : null;
    kids.set(key, [...(kids.get(key) ?? []), r]);
  }
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): AgencyNode<T>[] =>
    (kids.get(parent) ?? [])
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((agency) => ({ agency, depth, children: walk(agency.id, depth + 1) }));
  return walk(null, 0);
}

/** The tree in reading order (parents before their children), with each node's depth. */
export function flattenAgencyTree<T extends FlatAgency>(nodes: AgencyNode<T>[]): Array<{ agency: T; depth: number }> {
  return nodes.flatMap((n) => [{ agency: n.agency, depth: n.depth }, ...flattenAgencyTree(n.children)]);
}

/** The path of an agency placed under `parentPath` (or at the root). */
export const childPath = (parentPath: string | null, id: string): string => `${parentPath ?? "/"}${id}/`;

/** Whether `path` lies within the subtree whose root has `rootPath` (the root itself included). */
export const inSubtree = (path: string, rootPath: string): boolean => path.startsWith(rootPath);

/** The path a descendant gets when its subtree root moves from `oldRootPath` to `newRootPath`. */
export function movedPath(path: string, oldRootPath: string, newRootPath: string): string {
  if (!path.startsWith(oldRootPath)) throw new Error("not in subtree");
  return newRootPath + path.slice(oldRootPath.length);
}

/** An official agency code: the part of every dossier code before the date ("000.01.30.H42"). */
export const AGENCY_CODE_RE = /^[0-9A-Z][0-9A-Z.]{1,39}$/;
