/**
 * The first step of every application, "applicant details", is itself a form schema, so it is
 * shown and checked exactly like a procedure's own questions.
 */
import type { FieldOption, FormSchema } from "./schema";
import { parseFormSchema } from "./schema";

export interface ApplicantFormOptions {
  /** Communes (value = agency code) for the address. */
  communes: FieldOption[];
  /** One-stop desks to choose from; omitted or one: nothing to choose. */
  desks?: FieldOption[];
  /** Whether the desk must be in the applicant's commune (commune-level, not location-independent). */
}

export function applicantForm(options: ApplicantFormOptions): FormSchema {
  const sections: unknown[] = [
    {
      id: "who",
      title: "Người nộp hồ sơ",
      titleEn: "Who is applying",
      fields: [
        {
          type: "radio",
          name: "onBehalf",
          label: "Bạn nộp hồ sơ cho ai?",
          labelEn: "Who are you applying for?",
          options: [
            { value: "self", label: "Cho chính tôi", labelEn: "For myself" },
            { value: "other", label: "Thay mặt người khác (ủy quyền, người giám hộ…)", labelEn: "On behalf of someone else (authorised, guardian…)" },
          ],
        },
        {
          type: "text",
          name: "relationship",
          label: "Quan hệ của bạn với người yêu cầu",
          labelEn: "Your relationship to the applicant",
          help: "Ví dụ: cha, mẹ, người được ủy quyền. Nếu nộp thay, hãy ghi thông tin của người yêu cầu ở dưới.",
          helpEn: "For example: father, mother, authorised person. If you apply on someone's behalf, give their details below.",
          required: true,
          requiredIf: { field: "onBehalf", value: "other" },
          maxLength: 100,
        },
      ],
    },
    {
      id: "person",
      title: "Thông tin người yêu cầu",
      titleEn: "Applicant's details",
      fields: [
        { type: "text", name: "fullName", label: "Họ, chữ đệm và tên", labelEn: "Full name", autocomplete: "name", maxLength: 100 },
        { type: "date", name: "dateOfBirth", label: "Ngày sinh", labelEn: "Date of birth", max: "today", min: "1900-01-01" },
        {
          type: "citizenId",
          name: "citizenId",
          label: "Số định danh cá nhân (số CCCD)",
          labelEn: "Personal identification number (citizen ID)",
          help: "Gồm 12 chữ số, in trên thẻ căn cước.",
          helpEn: "12 digits, printed on the identity card.",
        },
        { type: "phone", name: "phone", label: "Số điện thoại", labelEn: "Phone number", help: "Ví dụ: 0912 345 678", helpEn: "For example: 0912 345 678" },
        { type: "email", name: "email", label: "Thư điện tử", labelEn: "Email", required: false },
        {
          type: "address",
          name: "address",
          label: "Nơi cư trú",
          labelEn: "Place of residence",
          communeOptions: options.communes.length > 0 ? options.communes : undefined,
        },
      ],
    },
  ];
  if (options.desks && options.desks.length > 1) {
    sections.push({
      id: "desk",
      title: "Nơi nộp hồ sơ",
      titleEn: "Where to file",
      fields: [
        {
          type: "select",
          name: "desk",
          label: "Bộ phận một cửa tiếp nhận hồ sơ",
          labelEn: "One-stop desk that receives the application",
          help: "Thủ tục này được nộp tại bất kỳ bộ phận một cửa nào trong tỉnh, không phụ thuộc nơi cư trú.",
          helpEn: "This procedure can be filed at any one-stop desk in the province, wherever you live.",
          options: options.desks,
        },
      ],
    });
  }
  return parseFormSchema({ version: 1, sections });
}
