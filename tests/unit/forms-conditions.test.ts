import { describe, expect, it } from "vitest";
import { applies, describeAnswers, parseFormSchema, unseenQuestions } from "../../lib/domain/forms";

const form = parseFormSchema({
  version: 1,
  sections: [
    {
      id: "father",
      title: "Người cha",
      fields: [
        { type: "radio", name: "fatherKnown", label: "Có thông tin?", options: [{ value: "yes", label: "Có" }, { value: "no", label: "Không" }] },
        { type: "text", name: "fatherName", label: "Họ tên", maxLength: 50, required: true, requiredIf: { field: "fatherKnown", value: "yes" } },
        { type: "text", name: "fatherEthnicity", label: "Dân tộc", maxLength: 50, required: true, requiredIf: { field: "fatherKnown", value: "yes" } },
      ],
    },
    {
      id: "kids",
      title: "Con",
      fields: [
        {
          type: "group", name: "kids", label: "Con", itemLabel: "Con", minItems: 0, maxItems: 3, required: false,
          fields: [
            { type: "radio", name: "adopted", label: "Con nuôi?", options: [{ value: "y", label: "Có" }, { value: "n", label: "Không" }] },
            { type: "text", name: "decision", label: "Số quyết định", maxLength: 50, required: true, requiredIf: { field: "adopted", value: "y" } },
          ],
        },
      ],
    },
  ],
});
const [, name] = form.sections[0]!.fields as Array<Parameters<typeof applies>[0]>;

describe("questions that apply only to some answers", () => {
  it("apply only when the answer they depend on says so", () => {
    expect(applies(name!, { fatherKnown: "yes" })).toBe(true);
    expect(applies(name!, { fatherKnown: "no" })).toBe(false);
    expect(applies(name!, {})).toBe(false);
  });

  it("after 'Yes' without JavaScript, the questions not yet on the page are asked before going on", () => {
    expect(unseenQuestions(form, { fatherKnown: "yes", kids: [] }, new Set())).toEqual([["fatherName"], ["fatherEthnicity"]]);
    expect(unseenQuestions(form, { fatherKnown: "yes", kids: [] }, new Set(["a.fatherName", "a.fatherEthnicity"]))).toEqual([]);
    expect(unseenQuestions(form, { fatherKnown: "no", kids: [] }, new Set())).toEqual([]);
    expect(unseenQuestions(form, { fatherKnown: "no", kids: [{ adopted: "n" }, { adopted: "y" }] }, new Set())).toEqual([["kids", 1, "decision"]]);
  });

  it("a question that does not apply is not listed among the answers", () => {
    const words = { yes: "Có", no: "Không", item: (l: string, n: number) => `${l} ${n}` };
    const rows = (answers: Record<string, unknown>) => describeAnswers(form, answers, "vi", words).flatMap((s) => s.rows.map((r) => r.label));
    expect(rows({ fatherKnown: "no", kids: [] })).toEqual(["Có thông tin?"]);
    expect(rows({ fatherKnown: "yes", fatherName: "A", fatherEthnicity: "Kinh", kids: [{ adopted: "y", decision: "12" }] })).toEqual([
      "Có thông tin?",
      "Họ tên",
      "Dân tộc",
      "Con 1: Con nuôi?",
      "Con 1: Số quyết định",
    ]);
  });
});
