import { describe, expect, it } from "vitest";
import { applyOp, formIssues, toDraft } from "@/lib/domain/admin/form-builder";
import { parseVersionRecord, publishIssues, recordToInputs } from "@/lib/domain/admin/procedure-record";
import { parseFormSchema } from "@/lib/domain/forms";

describe("form builder", () => {
  it("builds a form of every kind of field that the filing's parser accepts", () => {
    let form = toDraft(null);
    form = applyOp(form, { op: "addSection", id: "info", title: "Thông tin" });
    for (const type of ["text", "textarea", "number", "date", "select", "radio", "checkbox", "citizenId", "phone", "email", "address", "group"] as const) {
      form = applyOp(form, { op: "addField", s: 0, type, name: "", label: `Trường ${type}` });
    }
    form = applyOp(form, { op: "addField", s: 0, g: 11, type: "date", name: "dob", label: "Ngày sinh" });
    expect(formIssues(form)).toEqual([]);
    const parsed = parseFormSchema(form);
    expect(parsed.sections[0]!.fields.map((f) => f.name)).toEqual(["text1", "textarea1", "number1", "date1", "select1", "radio1", "checkbox1", "citizenId1", "phone1", "email1", "address1", "group1"]);
    const group = parsed.sections[0]!.fields[11]!;
    expect(group.type === "group" && group.fields.map((f) => f.name)).toEqual(["ten", "dob"]);
  });

  it("moves fields and sections up and down, and ignores moves past the ends", () => {
    let form = applyOp(toDraft(null), { op: "addSection", id: "a", title: "A" });
    form = applyOp(form, { op: "addSection", id: "b", title: "B" });
    for (const n of ["x", "y", "z"]) form = applyOp(form, { op: "addField", s: 0, type: "text", name: n, label: n });
    form = applyOp(form, { op: "moveField", s: 0, f: 2, dir: "up" });
    expect(form.sections[0]!.fields.map((f) => f.name)).toEqual(["x", "z", "y"]);
    form = applyOp(form, { op: "moveField", s: 0, f: 0, dir: "up" });
    expect(form.sections[0]!.fields.map((f) => f.name)).toEqual(["x", "z", "y"]);
    form = applyOp(form, { op: "moveSection", s: 1, dir: "up" });
    expect(form.sections.map((s) => s.id)).toEqual(["b", "a"]);
    form = applyOp(form, { op: "removeField", s: 1, f: 1 });
    expect(form.sections[1]!.fields.map((f) => f.name)).toEqual(["x", "y"]);
  });

  it("keeps what was typed and places the parser's problems at the field", () => {
    let form = applyOp(toDraft(null), { op: "addSection", id: "a", title: "A" });
    form = applyOp(form, { op: "addField", s: 0, type: "text", name: "who", label: "Ai" });
    form = applyOp(form, { op: "addField", s: 0, type: "text", name: "why", label: "Vì sao" });
    form = applyOp(form, { op: "editField", s: 0, f: 1, values: { name: "why", label: "Vì sao", maxLength: "nhiều", required: "on", requiredIfField: "who", requiredIfValue: "x" } });
    expect(form.sections[0]!.fields[1]!.maxLength).toBe("nhiều");
    expect(formIssues(form)).toEqual([expect.objectContaining({ at: "0.1", property: "maxLength", code: "invalid_type" })]);
    form = applyOp(form, { op: "editField", s: 0, f: 1, values: { name: "why", label: "Vì sao", maxLength: "300", requiredIfField: "nobody", requiredIfValue: "x" } });
    expect(formIssues(form)).toEqual([expect.objectContaining({ at: "", code: "custom" })]);
    form = applyOp(form, { op: "editField", s: 0, f: 1, values: { name: "who", label: "Vì sao", maxLength: "300" } });
    expect(formIssues(form).map((i) => i.message)).toEqual([expect.stringContaining("used twice")]);
  });
});

describe("procedure record", () => {
  const base = {
    name: "Xác nhận thử nghiệm",
    level: "COMMUNE",
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["ONLINE"],
    steps: "Một\nHai",
    timeLimitValue: "5",
    timeLimitUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc",
    result: "Giấy xác nhận",
    legalBasis: "1/2026/NĐ-CP | Nghị định",
    components: "Tờ khai | ORIGINAL | 1 | có",
    route: "COMMUNE | | Xã xem xét | 2 | WORKING_DAY\nDEPARTMENT | 000.00.12.H42 | Sở quyết định | 3",
  };

  it("reads the edit page and writes it back the same", () => {
    const { record, issues } = parseVersionRecord(base);
    expect(issues).toEqual([]);
    expect(publishIssues(record, { version: 1, sections: [{ id: "a", title: "A", fields: [{ type: "text", name: "x", label: "X" }] }] })).toEqual([]);
    expect(parseVersionRecord(recordToInputs(record)).record).toEqual(record);
  });

  it("refuses a route whose legs do not add up to the time limit, and an online procedure without a form", () => {
    const { record } = parseVersionRecord({ ...base, timeLimitValue: "6" });
    expect(publishIssues(record, null).map((i) => i.key)).toEqual(["routeSum", "formMissing"]);
  });
});
