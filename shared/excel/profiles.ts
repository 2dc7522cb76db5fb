/**
 * Excel profiles: for every register type and layout, the sheet name, header row and exact
 * column order of its import file. Built from the register-type definitions (excelColumns and
 * layouts), never from a hand-written list, so a corrected Ministry template is a data change.
 * Must not read or write cells.
 */
import type { RegisterTypeDef } from '../domain/field-kinds';
import { excelColumns, getRegisterType, RegisterTypeCode } from '../domain/register-types';

/** The Ministry template's sheet; the project layouts use the same name. */
export const IMPORT_SHEET_NAME = 'DL Import';

export interface ExcelProfile {
  /** Layout id of the definition, e.g. `moj-ks-70`, `sohoa-td-v1`. */
  readonly id: string;
  /** Version of the register-type definition the column list was built from. */
  readonly version: number;
  readonly type: RegisterTypeCode;
  /** Layout key within the type: 'default', 'older' … */
  readonly layout: string;
  readonly label: string;
  readonly source: string;
  readonly sheetName: string;
  /** 1-based; data starts on the next row. */
  readonly headerRow: number;
  /** Every header in file order, the row counter included. */
  readonly columns: readonly string[];
  /** Header of the row-counter column (`STT`) when the layout has one. */
  readonly rowCounter?: string;
  /** True for the five Ministry types, false for the project layouts. */
  readonly ministry: boolean;
  readonly definition: RegisterTypeDef;
}

function buildProfile(type: RegisterTypeCode, layout: string): ExcelProfile {
  const definition = getRegisterType(type);
  const chosen = definition.layouts[layout];
  if (!chosen) throw new RangeError(`register type ${type} has no Excel layout "${layout}"`);
  return {
    id: chosen.id,
    version: definition.version,
    type,
    layout,
    label: chosen.label,
    source: chosen.source,
    sheetName: IMPORT_SHEET_NAME,
    headerRow: 1,
    columns: excelColumns(type, layout),
    ...(chosen.rowCounter ? { rowCounter: chosen.rowCounter } : {}),
    ministry: definition.ministryTemplate,
    definition,
  };
}

/** Every profile of every type, default layout first within a type. */
export const PROFILES: readonly ExcelProfile[] = RegisterTypeCode.options.flatMap((type) =>
  Object.keys(getRegisterType(type).layouts).map((layout) => buildProfile(type, layout)),
);

export function getProfile(type: RegisterTypeCode, layout = 'default'): ExcelProfile {
  const found = PROFILES.find((p) => p.type === type && p.layout === layout);
  if (!found) throw new RangeError(`register type ${type} has no Excel layout "${layout}"`);
  return found;
}

export function profilesOf(type: RegisterTypeCode): ExcelProfile[] {
  return PROFILES.filter((p) => p.type === type);
}
