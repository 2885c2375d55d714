import { parseFormSchema, type FormSchema } from "./schema";

/** The form used when a procedure version has none of its own. */
export const DEFAULT_FORM: FormSchema = parseFormSchema({
  version: 1,
  sections: [
    {
      id: "request",
      title: "Nội dung đề nghị",
      titleEn: "Your request",
      fields: [
        {
          type: "textarea",
          name: "request",
          label: "Nội dung đề nghị giải quyết",
          labelEn: "What you are asking for",
          help: "Trình bày ngắn gọn yêu cầu của bạn.",
          helpEn: "Describe your request briefly.",
          maxLength: 3000,
        },
      ],
    },
  ],
});
