import { describe, expect, it } from "vitest";
import { safeParseFormSchema } from "../../lib/domain/forms";
import { formsByCode, formSchemaFor, genericForm } from "../../prisma/seed-data/forms";
import { procedures } from "../../prisma/seed-data/procedures";

describe("the demo catalog's application forms", () => {
  it("every seeded procedure has a form that passes the form schema definition", () => {
    for (const p of procedures) {
      const r = safeParseFormSchema(formSchemaFor(p.code));
      expect(r.success, `${p.code} ${p.name}: ${r.success ? "" : r.error.message}`).toBe(true);
    }
    expect(safeParseFormSchema(genericForm).success).toBe(true);
  });

  it("birth registration asks for the child's and the parents' particulars", () => {
    const birth = procedures.find((p) => p.name === "Đăng ký khai sinh");
    expect(birth).toBeDefined();
    const form = formsByCode[birth!.code];
    expect(form).toBeDefined();
    const names = form!.sections.flatMap((s) => s.fields.map((f) => f.name));
    expect(names).toEqual(expect.arrayContaining(["childFullName", "childDateOfBirth", "motherFullName", "fatherFullName"]));
  });

  it("several procedures have their own form", () => {
    expect(Object.keys(formsByCode).length).toBeGreaterThanOrEqual(8);
  });
});
