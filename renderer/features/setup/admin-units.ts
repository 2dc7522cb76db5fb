/**
 * The administrative-unit trees for both eras, read from shared/data and reshaped into one
 * generic tree (province → [district →] commune) so the wizard handles both with one loop.
 * Pure; names are passed through exactly as the data spells them.
 */
import { z } from 'zod';
import type { CommuneChoice, Era } from '../../store/types';
import unitsBefore from '../../../shared/data/admin-units/units-before-2025-07-01.json';
import unitsFrom from '../../../shared/data/admin-units/units-from-2025-07-01.json';

export interface UnitNode {
  code: string;
  name: string;
  children: UnitNode[];
}

export type UnitLevel = 'province' | 'district' | 'commune';

export const eras: readonly Era[] = ['before-2025-07-01', 'from-2025-07-01'];

export const levelsOf = (era: Era): readonly UnitLevel[] =>
  era === 'before-2025-07-01' ? ['province', 'district', 'commune'] : ['province', 'commune'];

const Ward = z.tuple([z.string(), z.string()]);
const BeforeFile = z.object({
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districts: z.array(z.object({ code: z.string(), name: z.string(), wards: z.array(Ward) })),
    }),
  ),
});
const FromFile = z.object({
  provinces: z.array(z.object({ code: z.string(), name: z.string(), wards: z.array(Ward) })),
});

const leaf = ([code, name]: [string, string]): UnitNode => ({ code, name, children: [] });

const cache = new Map<Era, UnitNode[]>();

function build(era: Era): UnitNode[] {
  if (era === 'before-2025-07-01') {
    return BeforeFile.parse(unitsBefore).provinces.map((p) => ({
      code: p.code,
      name: p.name,
      children: p.districts.map((d) => ({ code: d.code, name: d.name, children: d.wards.map(leaf) })),
    }));
  }
  return FromFile.parse(unitsFrom).provinces.map((p) => ({ code: p.code, name: p.name, children: p.wards.map(leaf) }));
}

export function unitsOf(era: Era): UnitNode[] {
  let tree = cache.get(era);
  if (!tree) {
    tree = build(era);
    cache.set(era, tree);
  }
  return tree;
}

/** The nodes along a path of chosen codes; stops at the first code that is not found. */
export function resolvePath(era: Era, codes: readonly string[]): UnitNode[] {
  const nodes: UnitNode[] = [];
  let level = unitsOf(era);
  for (const code of codes) {
    const node = level.find((n) => n.code === code);
    if (!node) break;
    nodes.push(node);
    level = node.children;
  }
  return nodes;
}

/** The commune choice for a complete path, or null while a level is still missing. */
export function toCommuneChoice(era: Era, codes: readonly string[]): CommuneChoice | null {
  const nodes = resolvePath(era, codes);
  if (nodes.length !== levelsOf(era).length) return null;
  const pick = (n: UnitNode) => ({ code: n.code, name: n.name });
  const [province, second, third] = nodes;
  if (!province || !second) return null;
  if (era === 'from-2025-07-01') return { era, province: pick(province), district: null, commune: pick(second) };
  return third ? { era, province: pick(province), district: pick(second), commune: pick(third) } : null;
}
