/**
 * Application forms of the demo catalog (ProcedureVersion.formSchema), following the official
 * declaration forms (tờ khai) where there is one: e.g. the birth registration form asks for the
 * child's and the parents' particulars (Thông tư 04/2020/TT-BTP). Procedures without a specific
 * form get a generic one. Every form is checked by lib/domain/forms (tests/unit/forms-seed.test.ts).
 */
import type { FormSchemaInput } from "../../lib/domain/forms/schema";
import { procedures } from "./procedures";

type Fields = FormSchemaInput["sections"][number]["fields"];

const SEX = [
  { value: "male", label: "Nam", labelEn: "Male" },
  { value: "female", label: "Nữ", labelEn: "Female" },
];
const COPIES = { type: "number" as const, name: "copies", label: "Số bản sao đề nghị cấp", labelEn: "Number of certified copies requested", min: 0, max: 20, required: false, help: "Để trống nếu không cần bản sao.", helpEn: "Leave empty if you need no copies." };

/** The particulars of a person, with field names prefixed (e.g. "mother" → motherFullName). */
function person(prefix: string, vi: string, en: string, opts: { optional?: boolean; unknownToggle?: boolean } = {}): Fields {
  const fields: Fields = [];
  const cond = opts.unknownToggle ? { requiredIf: { field: `${prefix}Known`, value: "yes" } } : {};
  const required = !opts.optional;
  if (opts.unknownToggle) {
    fields.push({
      type: "radio",
      name: `${prefix}Known`,
      label: `Có thông tin về ${vi} không?`,
      labelEn: `Do you have the ${en}'s details?`,
      options: [
        { value: "yes", label: "Có", labelEn: "Yes" },
        { value: "no", label: "Không (chưa xác định được)", labelEn: "No (not established)" },
      ],
    });
  }
  fields.push(
    { type: "text", name: `${prefix}FullName`, label: `Họ, chữ đệm và tên ${vi}`, labelEn: `${en}'s full name`, maxLength: 100, required, ...cond },
    { type: "date", name: `${prefix}DateOfBirth`, label: `Ngày sinh ${vi}`, labelEn: `${en}'s date of birth`, max: "today", min: "1900-01-01", required, ...cond },
    { type: "text", name: `${prefix}Ethnicity`, label: "Dân tộc", labelEn: "Ethnicity", maxLength: 50, required, ...cond },
    { type: "text", name: `${prefix}Nationality`, label: "Quốc tịch", labelEn: "Nationality", maxLength: 50, required, ...cond },
    { type: "citizenId", name: `${prefix}CitizenId`, label: `Số định danh cá nhân của ${vi}`, labelEn: `${en}'s personal identification number`, required, ...cond },
    { type: "address", name: `${prefix}Residence`, label: `Nơi cư trú của ${vi}`, labelEn: `${en}'s place of residence`, required, ...cond },
  );
  return fields;
}

const birthRegistration: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "child",
      title: "Thông tin người được khai sinh",
      titleEn: "The child",
      fields: [
        { type: "text", name: "childFullName", label: "Họ, chữ đệm và tên của trẻ", labelEn: "Child's full name", maxLength: 100 },
        { type: "radio", name: "childSex", label: "Giới tính", labelEn: "Sex", options: SEX },
        { type: "date", name: "childDateOfBirth", label: "Ngày, tháng, năm sinh", labelEn: "Date of birth", max: "today", min: "1900-01-01" },
        { type: "text", name: "childPlaceOfBirth", label: "Nơi sinh", labelEn: "Place of birth", help: "Tên cơ sở y tế (bệnh viện, trạm y tế) và địa chỉ, hoặc địa chỉ nơi sinh nếu sinh ngoài cơ sở y tế.", helpEn: "Name and address of the hospital or health station, or the address where the child was born.", maxLength: 200 },
        { type: "text", name: "childEthnicity", label: "Dân tộc", labelEn: "Ethnicity", maxLength: 50 },
        { type: "text", name: "childNationality", label: "Quốc tịch", labelEn: "Nationality", maxLength: 50 },
        { type: "text", name: "childHometown", label: "Quê quán", labelEn: "Home town", maxLength: 200, required: false },
      ],
    },
    { id: "mother", title: "Thông tin người mẹ", titleEn: "The mother", fields: person("mother", "người mẹ", "Mother", { unknownToggle: true }) },
    { id: "father", title: "Thông tin người cha", titleEn: "The father", fields: person("father", "người cha", "Father", { unknownToggle: true }) },
    {
      id: "request",
      title: "Yêu cầu",
      titleEn: "Request",
      fields: [
        {
          type: "select",
          name: "declarantRelation",
          label: "Quan hệ của người đi khai sinh với trẻ",
          labelEn: "Declarant's relationship to the child",
          options: [
            { value: "mother", label: "Mẹ", labelEn: "Mother" },
            { value: "father", label: "Cha", labelEn: "Father" },
            { value: "grandparent", label: "Ông, bà", labelEn: "Grandparent" },
            { value: "relative", label: "Người thân thích khác", labelEn: "Other relative" },
            { value: "carer", label: "Cá nhân, tổ chức đang nuôi dưỡng trẻ", labelEn: "Person or organisation caring for the child" },
          ],
        },
        { type: "checkbox", name: "electronicCopy", label: "Nhận Giấy khai sinh điện tử qua tài khoản", labelEn: "Receive the electronic birth certificate in my account", required: false },
        COPIES,
      ],
    },
  ],
};

const marriageRegistration: FormSchemaInput = {
  version: 1,
  sections: [
    { id: "bride", title: "Thông tin bên nữ", titleEn: "The bride", fields: person("bride", "bên nữ", "Bride") },
    { id: "groom", title: "Thông tin bên nam", titleEn: "The groom", fields: person("groom", "bên nam", "Groom") },
    {
      id: "request",
      title: "Cam đoan và yêu cầu",
      titleEn: "Declaration and request",
      fields: [
        { type: "checkbox", name: "firstMarriage", label: "Chúng tôi cam đoan hiện không có vợ, không có chồng", labelEn: "We declare that neither of us is currently married" },
        { type: "date", name: "ceremonyDate", label: "Ngày mong muốn tổ chức trao Giấy chứng nhận kết hôn", labelEn: "Preferred date for the certificate ceremony", min: "today", required: false },
        COPIES,
      ],
    },
  ],
};

const deathRegistration: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "deceased",
      title: "Thông tin người đã chết",
      titleEn: "The deceased",
      fields: [
        { type: "text", name: "deceasedFullName", label: "Họ, chữ đệm và tên", labelEn: "Full name", maxLength: 100 },
        { type: "radio", name: "deceasedSex", label: "Giới tính", labelEn: "Sex", options: SEX },
        { type: "date", name: "deceasedDateOfBirth", label: "Ngày sinh", labelEn: "Date of birth", max: "today", min: "1880-01-01" },
        { type: "citizenId", name: "deceasedCitizenId", label: "Số định danh cá nhân", labelEn: "Personal identification number", required: false },
        { type: "address", name: "deceasedResidence", label: "Nơi cư trú cuối cùng", labelEn: "Last place of residence" },
        { type: "date", name: "dateOfDeath", label: "Ngày chết", labelEn: "Date of death", max: "today", min: "1900-01-01" },
        { type: "text", name: "placeOfDeath", label: "Nơi chết", labelEn: "Place of death", maxLength: 200 },
        { type: "text", name: "causeOfDeath", label: "Nguyên nhân chết", labelEn: "Cause of death", maxLength: 200 },
      ],
    },
    {
      id: "request",
      title: "Yêu cầu",
      titleEn: "Request",
      fields: [{ type: "text", name: "declarantRelation", label: "Quan hệ của người đi khai tử với người đã chết", labelEn: "Declarant's relationship to the deceased", maxLength: 100 }, COPIES],
    },
  ],
};

const maritalStatus: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "status",
      title: "Tình trạng hôn nhân",
      titleEn: "Marital status",
      fields: [
        {
          type: "radio",
          name: "maritalStatus",
          label: "Tình trạng hôn nhân hiện tại",
          labelEn: "Current marital status",
          options: [
            { value: "single", label: "Chưa đăng ký kết hôn với ai", labelEn: "Never married" },
            { value: "divorced", label: "Đã ly hôn", labelEn: "Divorced" },
            { value: "widowed", label: "Vợ/chồng đã chết", labelEn: "Widowed" },
            { value: "married", label: "Đang có vợ/chồng", labelEn: "Married" },
          ],
        },
        { type: "textarea", name: "history", label: "Quá trình cư trú và hôn nhân trước đây", labelEn: "Past residence and marriages", required: false, maxLength: 2000, help: "Khai nếu đã cư trú ở nhiều nơi hoặc đã từng kết hôn.", helpEn: "Needed if you lived in several places or were married before." },
        {
          type: "select",
          name: "purpose",
          label: "Mục đích sử dụng",
          labelEn: "Purpose",
          options: [
            { value: "marriage", label: "Để đăng ký kết hôn", labelEn: "To register a marriage" },
            { value: "property", label: "Để làm thủ tục mua bán, chuyển nhượng tài sản", labelEn: "For a property transaction" },
            { value: "loan", label: "Để vay vốn ngân hàng", labelEn: "For a bank loan" },
            { value: "other", label: "Mục đích khác", labelEn: "Another purpose" },
          ],
        },
        { type: "text", name: "purposeOther", label: "Mục đích khác (ghi rõ)", labelEn: "Other purpose (state it)", required: true, requiredIf: { field: "purpose", value: "other" }, maxLength: 200 },
        { type: "text", name: "intendedSpouse", label: "Họ tên người dự định kết hôn", labelEn: "Name of the intended spouse", required: true, requiredIf: { field: "purpose", value: "marriage" }, maxLength: 100 },
        COPIES,
      ],
    },
  ],
};

const residence: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "residence",
      title: "Nơi đề nghị đăng ký cư trú",
      titleEn: "Place of residence to register",
      fields: [
        { type: "address", name: "newResidence", label: "Địa chỉ nơi cư trú mới", labelEn: "New address" },
        {
          type: "radio",
          name: "housingBasis",
          label: "Chỗ ở hợp pháp thuộc",
          labelEn: "Basis of the lawful residence",
          options: [
            { value: "own", label: "Nhà thuộc quyền sở hữu của tôi", labelEn: "I own the home" },
            { value: "rent", label: "Nhà thuê, mượn, ở nhờ", labelEn: "Rented, borrowed or lodging" },
            { value: "relative", label: "Nhập vào hộ của người thân", labelEn: "Joining a relative's household" },
          ],
        },
        { type: "text", name: "householdHead", label: "Họ tên chủ hộ", labelEn: "Head of household", maxLength: 100, required: true, requiredIf: { field: "housingBasis", value: "relative" } },
        { type: "text", name: "relationToHead", label: "Quan hệ với chủ hộ", labelEn: "Relationship to the head of household", maxLength: 50, required: true, requiredIf: { field: "housingBasis", value: "relative" } },
        { type: "date", name: "moveDate", label: "Ngày chuyển đến", labelEn: "Date of moving in", max: "today", min: "1950-01-01" },
      ],
    },
    {
      id: "members",
      title: "Người cùng thay đổi cư trú",
      titleEn: "People moving with you",
      description: "Khai mỗi người cùng đăng ký (nếu có).",
      descriptionEn: "List each person registering with you (if any).",
      fields: [
        {
          type: "group",
          name: "members",
          label: "Người cùng thay đổi cư trú",
          labelEn: "People moving with you",
          itemLabel: "Người thứ",
          itemLabelEn: "Person",
          required: false,
          minItems: 0,
          maxItems: 10,
          fields: [
            { type: "text", name: "fullName", label: "Họ, chữ đệm và tên", labelEn: "Full name", maxLength: 100 },
            { type: "date", name: "dateOfBirth", label: "Ngày sinh", labelEn: "Date of birth", max: "today", min: "1900-01-01" },
            { type: "citizenId", name: "citizenId", label: "Số định danh cá nhân", labelEn: "Personal identification number", required: false },
            { type: "text", name: "relation", label: "Quan hệ với người đăng ký", labelEn: "Relationship to you", maxLength: 50 },
          ],
        },
      ],
    },
  ],
};

const judicialRecord: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "request",
      title: "Yêu cầu cấp Phiếu lý lịch tư pháp",
      titleEn: "Criminal record certificate request",
      fields: [
        {
          type: "radio",
          name: "certificateType",
          label: "Loại Phiếu",
          labelEn: "Certificate type",
          options: [
            { value: "1", label: "Phiếu lý lịch tư pháp số 1", labelEn: "Certificate no. 1" },
            { value: "2", label: "Phiếu lý lịch tư pháp số 2", labelEn: "Certificate no. 2" },
          ],
        },
        { type: "text", name: "purpose", label: "Mục đích sử dụng Phiếu", labelEn: "Purpose of the certificate", maxLength: 200 },
        { type: "textarea", name: "residenceHistory", label: "Quá trình cư trú từ đủ 14 tuổi", labelEn: "Places of residence since the age of 14", maxLength: 3000 },
        { type: "number", name: "copies", label: "Số lượng Phiếu yêu cầu cấp", labelEn: "Number of certificates", min: 1, max: 10 },
      ],
    },
  ],
};

const buildingPermit: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "site",
      title: "Công trình đề nghị cấp phép",
      titleEn: "The building",
      fields: [
        { type: "address", name: "siteAddress", label: "Địa điểm xây dựng", labelEn: "Building site" },
        { type: "text", name: "landParcel", label: "Thửa đất số, tờ bản đồ số", labelEn: "Land parcel and map sheet", maxLength: 100 },
        { type: "number", name: "plotArea", label: "Diện tích lô đất (m²)", labelEn: "Plot area (m²)", min: 1, max: 100000, integer: false },
        { type: "number", name: "floorArea", label: "Tổng diện tích sàn (m²)", labelEn: "Total floor area (m²)", min: 1, max: 100000, integer: false },
        { type: "number", name: "floors", label: "Số tầng", labelEn: "Number of floors", min: 1, max: 20 },
        { type: "number", name: "height", label: "Chiều cao công trình (m)", labelEn: "Building height (m)", min: 1, max: 100, integer: false },
        { type: "text", name: "designer", label: "Đơn vị hoặc người thiết kế", labelEn: "Designer", maxLength: 200, required: false },
        { type: "date", name: "expectedCompletion", label: "Dự kiến thời gian hoàn thành", labelEn: "Expected completion date", min: "today", required: false },
      ],
    },
  ],
};

const householdBusiness: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "business",
      title: "Hộ kinh doanh",
      titleEn: "The household business",
      fields: [
        { type: "text", name: "businessName", label: "Tên hộ kinh doanh", labelEn: "Business name", maxLength: 200 },
        { type: "address", name: "businessAddress", label: "Địa điểm kinh doanh", labelEn: "Business address" },
        { type: "textarea", name: "activities", label: "Ngành, nghề kinh doanh", labelEn: "Business activities", maxLength: 2000 },
        { type: "number", name: "capital", label: "Vốn kinh doanh (đồng)", labelEn: "Capital (VND)", min: 0, max: 100000000000 },
        { type: "number", name: "employees", label: "Số lượng lao động", labelEn: "Number of workers", min: 0, max: 1000, required: false },
        { type: "phone", name: "businessPhone", label: "Điện thoại của hộ kinh doanh", labelEn: "Business phone", required: false },
        { type: "email", name: "businessEmail", label: "Thư điện tử của hộ kinh doanh", labelEn: "Business email", required: false },
      ],
    },
  ],
};

/** The generic form of procedures without a specific one. */
export const genericForm: FormSchemaInput = {
  version: 1,
  sections: [
    {
      id: "request",
      title: "Nội dung đề nghị",
      titleEn: "Your request",
      fields: [
        { type: "textarea", name: "request", label: "Nội dung đề nghị giải quyết", labelEn: "What you are asking for", help: "Trình bày ngắn gọn yêu cầu của bạn.", helpEn: "Describe your request briefly.", maxLength: 3000 },
        { type: "number", name: "copies", label: "Số bản kết quả đề nghị cấp", labelEn: "Number of copies of the result requested", min: 1, max: 20, required: false },
        { type: "textarea", name: "notes", label: "Ghi chú thêm", labelEn: "Other notes", maxLength: 2000, required: false },
      ],
    },
  ],
};

const byName: Array<[string, FormSchemaInput]> = [
  ["Đăng ký khai sinh", birthRegistration],
  ["Đăng ký kết hôn", marriageRegistration],
  ["Đăng ký khai tử", deathRegistration],
  ["Cấp Giấy xác nhận tình trạng hôn nhân", maritalStatus],
  ["Đăng ký thường trú", residence],
  ["Đăng ký tạm trú", residence],
  ["Cấp Phiếu lý lịch tư pháp", judicialRecord],
  ["Cấp giấy phép xây dựng nhà ở riêng lẻ", buildingPermit],
  ["Đăng ký thành lập hộ kinh doanh", householdBusiness],
];

/** Procedure code → its specific form (procedures found by their exact name). */
export const formsByCode: Record<string, FormSchemaInput> = Object.fromEntries(
  byName.flatMap(([name, form]) => procedures.filter((p) => p.name === name).map((p) => [p.code, form] as const)),
);

/** The form of a procedure: its specific one, else the generic one. */
export function formSchemaFor(code: string): FormSchemaInput {
  return formsByCode[code] ?? genericForm;
}
