import { describe, expect, it } from "vitest";
import {
  applicantForm,
  buildAnswersSchema,
  changeGroup,
  describeAnswers,
  parseFormSchema,
  readRawAnswers,
  safeParseFormSchema,
  validateAnswers,
} from "../../lib/domain/forms";

const form = parseFormSchema({
  version: 1,
  sections: [
    {
      id: "s1",
      title: "Một",
      fields: [
        { type: "text", name: "name", label: "Tên", maxLength: 10, minLength: 2 },
        { type: "textarea", name: "notes", label: "Ghi chú", required: false, maxLength: 20 },
        { type: "number", name: "count", label: "Số", min: 1, max: 5 },
        { type: "date", name: "born", label: "Ngày sinh", max: "today" },
        { type: "select", name: "kind", label: "Loại", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] },
        { type: "radio", name: "yes", label: "Có?", options: [{ value: "y", label: "Có" }, { value: "n", label: "Không" }] },
        { type: "checkbox", name: "agree", label: "Đồng ý" },
        { type: "checkbox", name: "many", label: "Nhiều", required: false, options: [{ value: "x", label: "X" }, { value: "z", label: "Z" }] },
        { type: "citizenId", name: "cid", label: "CCCD" },
        { type: "phone", name: "phone", label: "ĐT" },
        { type: "email", name: "email", label: "Email", required: false },
        { type: "address", name: "addr", label: "Địa chỉ" },
        { type: "text", name: "why", label: "Lý do", required: true, requiredIf: { field: "yes", value: "y" } },
      ],
    },
    {
      id: "s2",
      title: "Hai",
      fields: [
        {
          type: "group",
          name: "kids",
          label: "Con",
          itemLabel: "Con thứ",
          minItems: 1,
          maxItems: 2,
          fields: [{ type: "text", name: "n", label: "Tên" }],
        },
      ],
    },
  ],
});

const good = {
  name: "  An  ",
  notes: "",
  count: "3",
  born: "2001-02-03",
  kind: "a",
  yes: "n",
  agree: "on",
  many: ["x"],
  cid: "001 090 012345",
  phone: "+84 912 345 678",
  email: "An@Example.VN",
  addr: { street: "Số 1", commune: "Hoa Lư", province: "Ninh Bình" },
  why: "",
  kids: [{ n: "Bé" }],
};

describe("form schema definition", () => {
  it("accepts a well-formed form and fills in defaults", () => {
    const text = form.sections[0]!.fields[0]!;
    expect(text.required).toBe(true);
  });

  it("rejects duplicate names, unknown dependencies, empty option lists and bad names", () => {
    const bad = (fields: unknown[]) => safeParseFormSchema({ version: 1, sections: [{ id: "s", title: "S", fields }] }).success;
    expect(bad([{ type: "text", name: "a", label: "A" }, { type: "text", name: "a", label: "B" }])).toBe(false);
    expect(bad([{ type: "text", name: "a", label: "A", requiredIf: { field: "nope", value: "x" } }])).toBe(false);
    expect(bad([{ type: "select", name: "a", label: "A", options: [] }])).toBe(false);
    expect(bad([{ type: "text", name: "1a", label: "A" }])).toBe(false);
    expect(bad([{ type: "wysiwyg", name: "a", label: "A" }])).toBe(false);
    expect(bad([{ type: "number", name: "a", label: "A", min: 5, max: 1 }])).toBe(false);
    expect(bad([{ type: "text", name: "a", label: "A" }])).toBe(true);
  });
});

describe("form schema → zod", () => {
  const opts = { today: "2026-11-26" };

  it("turns posted strings into typed answers", () => {
    const r = validateAnswers(form, good, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answers).toMatchObject({
      name: "An",
      count: 3,
      agree: true,
      many: ["x"],
      cid: "001090012345",
      phone: "0912345678",
      email: "an@example.vn",
      kids: [{ n: "Bé" }],
    });
    expect(r.answers.notes).toBeUndefined();
  });

  it("reports each kind of error with its catalog key", () => {
    const r = validateAnswers(
      form,
      {
        ...good,
        name: "A",
        count: "9",
        born: "2099-01-01",
        kind: "c",
        agree: "",
        cid: "12345",
        phone: "123",
        email: "not-an-email",
        addr: { street: "x", commune: "", province: "" },
        yes: "y",
        why: " ",
        kids: [],
      },
      opts,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path.join("."), e.key]));
    expect(byPath).toMatchObject({
      name: "tooShort",
      count: "tooBig",
      born: "dateTooLate",
      kind: "invalidOption",
      agree: "required",
      cid: "invalidCitizenId",
      phone: "invalidPhone",
      email: "invalidEmail",
      "addr.commune": "required",
      why: "required",
      kids: "tooFewItems",
    });
  });

  it("says 'required' for missing answers and checks group items", () => {
    const r = validateAnswers(form, { kids: [{ n: "" }, { n: "a" }, { n: "b" }] }, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path.join("."), e.key]));
    expect(byPath.name).toBe("required");
    expect(byPath.count).toBe("required");
    expect(byPath.addr).toBe("required");
    expect(byPath.kids).toBe("tooManyItems");
  });

  it("validates only the sections of one step", () => {
    const r = validateAnswers(form, { kids: [{ n: "x" }] }, opts, ["s2"]);
    expect(r.ok).toBe(true);
  });

  it("rejects impossible dates and non-numbers", () => {
    const r = buildAnswersSchema(form, opts).safeParse({ ...good, born: "2001-02-30", count: "ba" });
    expect(r.success).toBe(false);
  });
});

describe("answers in an HTML form", () => {
  it("reads posted inputs, including address parts, multiple choices and group items", () => {
    const fd = new FormData();
    fd.set("a.name", "An");
    fd.append("a.many", "x");
    fd.append("a.many", "z");
    fd.set("a.addr.street", "Số 1");
    fd.set("a.addr.commune", "X");
    fd.set("a.addr.province", "Y");
    fd.set("a.kids.count", "2");
    fd.set("a.kids.0.n", "Một");
    fd.set("a.kids.1.n", "Hai");
    fd.set("a.unknown", "ignored");
    const raw = readRawAnswers(form, fd);
    expect(raw.name).toBe("An");
    expect(raw.many).toEqual(["x", "z"]);
    expect(raw.addr).toEqual({ street: "Số 1", commune: "X", province: "Y" });
    expect(raw.kids).toEqual([{ n: "Một" }, { n: "Hai" }]);
    expect(raw).not.toHaveProperty("unknown");
    expect(changeGroup(raw, "kids", { remove: 0 }).kids).toEqual([{ n: "Hai" }]);
    expect((changeGroup(raw, "kids", { add: true }).kids as unknown[]).length).toBe(3);
  });

  it("describes answers for 'check your answers' in the user's language", () => {
    const r = validateAnswers(form, good, { today: "2026-11-26" });
    if (!r.ok) throw new Error("invalid");
    const words = { yes: "Có", no: "Không", item: (l: string, n: number) => `${l} ${n}` };
    const rows = describeAnswers(form, r.answers, "vi", words).flatMap((s) => s.rows);
    expect(rows.find((x) => x.label === "Ngày sinh")?.value).toBe("03/02/2001");
    expect(rows.find((x) => x.label === "Loại")?.value).toBe("A");
    expect(rows.find((x) => x.label === "Con thứ 1: Tên")?.domId).toBe("f-kids-0-n");
  });
});

describe("applicant details form", () => {
  it("requires the relationship only when filing on behalf of someone else", () => {
    const f = applicantForm({ communes: [{ value: "000.01.30.H42", label: "Phường Hoa Lư" }] });
    const base = {
      onBehalf: "self",
      fullName: "Nguyễn Văn An",
      dateOfBirth: "1990-05-14",
      citizenId: "001090012345",
      phone: "0912345678",
      address: { street: "Số 12", commune: "000.01.30.H42", province: "Ninh Bình" },
    };
    expect(validateAnswers(f, base).ok).toBe(true);
    const other = validateAnswers(f, { ...base, onBehalf: "other" });
    expect(other.ok).toBe(false);
    expect(validateAnswers(f, { ...base, onBehalf: "other", relationship: "Cha" }).ok).toBe(true);
    expect(validateAnswers(f, { ...base, address: { ...base.address, commune: "elsewhere" } }).ok).toBe(false);
  });
});
