/**
 * Agency tree of the demo province: Tỉnh Ninh Bình after the 2025 merger (Hà Nam, Nam Định,
 * Ninh Bình), two-level local government (province → communes/wards, no districts).
 *
 * Code scheme (mã định danh, format of Quyết định 20/2020/QĐ-TTg, "L4.L3.L2.L1"):
 *   000.00.00.H42  Ủy ban nhân dân tỉnh (level 1; H42 = Ninh Bình)
 *   000.00.NN.H42  sở, ngành, Trung tâm Phục vụ hành chính công tỉnh, Công an tỉnh, BHXH tỉnh (level 2)
 *   000.01.NN.H42  unit directly under a department (e.g. Văn phòng Đăng ký đất đai)
 *   000.CC.AA.H42  commune/ward (level 3): AA = area group (former district/city, kept from the
 *                  legacy codes), CC = commune number within the area
 *   001.CC.AA.H42  the commune's one-stop desk (Trung tâm phục vụ hành chính công xã/phường)
 *   002.CC.AA.H42  the commune/ward police (Công an xã/phường) that receives residence dossiers
 * All codes use only 0-9, A-Z and dots and are at most 13 characters long.
 */
import type { SeedAgency } from "./types";

export const PROVINCE_NAME = "Ninh Bình";

/** Codes used by the procedure catalog. */
export const AG = {
  ROOT: "000.00.00.H42",
  SO_NOI_VU: "000.00.11.H42",
  SO_TU_PHAP: "000.00.12.H42",
  SO_TAI_CHINH: "000.00.13.H42",
  SO_XAY_DUNG: "000.00.14.H42",
  SO_NN_MT: "000.00.15.H42",
  SO_CONG_THUONG: "000.00.16.H42",
  SO_Y_TE: "000.00.17.H42",
  SO_GD_DT: "000.00.18.H42",
  SO_VH_TT_DL: "000.00.19.H42",
  TT_PVHCC: "000.00.20.H42",
  SO_KH_CN: "000.00.21.H42",
  CONG_AN_TINH: "000.00.22.H42",
  BHXH_TINH: "000.00.23.H42",
  VP_DK_DAT_DAI: "000.01.15.H42",
} as const;

interface CommuneDef {
  /** Level-3 code, "000.CC.AA.H42". */
  code: string;
  /** "phường" or "xã". */
  type: "phường" | "xã";
  name: string;
  /** ASCII slug for e-mail addresses. */
  slug: string;
  address: string;
  phone: string;
}

/** Area codes: 0229 (former Ninh Bình), 0228 (former Nam Định), 0226 (former Hà Nam). */
const COMMUNE_DEFS: CommuneDef[] = [
  { code: "000.01.30.H42", type: "phường", name: "Hoa Lư", slug: "hoalu", address: "Số 16 đường Lê Thái Tổ, phường Hoa Lư, tỉnh Ninh Bình", phone: "0229 3871 205" },
  { code: "000.02.30.H42", type: "phường", name: "Nam Hoa Lư", slug: "namhoalu", address: "Đường Nguyễn Minh Không, phường Nam Hoa Lư, tỉnh Ninh Bình", phone: "0229 3882 416" },
  { code: "000.01.31.H42", type: "phường", name: "Tam Điệp", slug: "tamdiep", address: "Số 50 đường Quang Trung, phường Tam Điệp, tỉnh Ninh Bình", phone: "0229 3864 218" },
  { code: "000.01.32.H42", type: "phường", name: "Nam Định", slug: "namdinh", address: "Số 76 đường Hùng Vương, phường Nam Định, tỉnh Ninh Bình", phone: "0228 3849 362" },
  { code: "000.02.32.H42", type: "phường", name: "Thiên Trường", slug: "thientruong", address: "Số 2 đường Trần Thừa, phường Thiên Trường, tỉnh Ninh Bình", phone: "0228 3648 117" },
  { code: "000.01.33.H42", type: "phường", name: "Phủ Lý", slug: "phuly", address: "Số 120 đường Biên Hòa, phường Phủ Lý, tỉnh Ninh Bình", phone: "0226 3852 701" },
  { code: "000.01.34.H42", type: "phường", name: "Duy Tiên", slug: "duytien", address: "Đường Lê Công Thanh, phường Duy Tiên, tỉnh Ninh Bình", phone: "0226 3830 245" },
  { code: "000.01.35.H42", type: "xã", name: "Gia Viễn", slug: "giavien", address: "Thôn Me, xã Gia Viễn, tỉnh Ninh Bình", phone: "0229 3650 128" },
  { code: "000.01.36.H42", type: "xã", name: "Nho Quan", slug: "nhoquan", address: "Phố Tân Nhất, xã Nho Quan, tỉnh Ninh Bình", phone: "0229 3866 034" },
  { code: "000.01.37.H42", type: "xã", name: "Yên Khánh", slug: "yenkhanh", address: "Phố Phong Lạc, xã Yên Khánh, tỉnh Ninh Bình", phone: "0229 3840 516" },
  { code: "000.01.38.H42", type: "xã", name: "Kim Sơn", slug: "kimson", address: "Phố Tuy Lộc, xã Kim Sơn, tỉnh Ninh Bình", phone: "0229 3862 207" },
  { code: "000.01.39.H42", type: "xã", name: "Hải Hậu", slug: "haihau", address: "Khu 4, xã Hải Hậu, tỉnh Ninh Bình", phone: "0228 3877 309" },
  { code: "000.01.40.H42", type: "xã", name: "Giao Thủy", slug: "giaothuy", address: "Khu 3, xã Giao Thủy, tỉnh Ninh Bình", phone: "0228 3895 142" },
  { code: "000.01.41.H42", type: "xã", name: "Bình Lục", slug: "binhluc", address: "Tổ dân phố Bình Thành, xã Bình Lục, tỉnh Ninh Bình", phone: "0226 3860 113" },
  { code: "000.01.42.H42", type: "xã", name: "Lý Nhân", slug: "lynhan", address: "Tổ dân phố Vĩnh Trụ, xã Lý Nhân, tỉnh Ninh Bình", phone: "0226 3871 046" },
];

/** ASCII form of a Vietnamese proper name for English labels ("Hoa Lư" → "Hoa Lu"). */
function ascii(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

function withPrefix(code: string, prefix: "001" | "002"): string {
  return `${prefix}${code.slice(3)}`;
}

/** Codes of every commune/ward (COMMUNE kind). */
export const COMMUNE_CODES: string[] = COMMUNE_DEFS.map((c) => c.code);
/** Codes of every commune/ward police station (POLICE kind, child of the commune). */
export const COMMUNE_POLICE_CODES: string[] = COMMUNE_DEFS.map((c) => withPrefix(c.code, "002"));

function communeAgencies(c: CommuneDef): SeedAgency[] {
  const typeEn = c.type === "phường" ? "Ward" : "Commune";
  const nameEn = ascii(c.name);
  return [
    {
      code: c.code,
      name: `Ủy ban nhân dân ${c.type} ${c.name}`,
      nameEn: `People's Committee of ${nameEn} ${typeEn}`,
      kind: "COMMUNE",
      parentCode: AG.ROOT,
      address: c.address,
      phone: c.phone,
      email: `ubnd.${c.slug}@ninhbinh.gov.vn`,
    },
    {
      code: withPrefix(c.code, "001"),
      name: `Trung tâm Phục vụ hành chính công ${c.type} ${c.name}`,
      nameEn: `Public Administration Service Centre of ${nameEn} ${typeEn}`,
      kind: "SERVICE_CENTER",
      parentCode: c.code,
      address: `Tầng 1, ${c.address.charAt(0).toLowerCase()}${c.address.slice(1)}`,
      phone: c.phone.replace(/\d{3}$/, (d) => String((Number(d) + 1) % 1000).padStart(3, "0")),
      email: `tthcc.${c.slug}@ninhbinh.gov.vn`,
    },
    {
      code: withPrefix(c.code, "002"),
      name: `Công an ${c.type} ${c.name}`,
      nameEn: `${nameEn} ${typeEn} Police`,
      kind: "POLICE",
      parentCode: c.code,
      address: `Trụ sở Công an ${c.type} ${c.name}, ${c.address.split(", ").slice(-2).join(", ")}`,
      phone: c.phone.replace(/\d{3}$/, (d) => String((Number(d) + 2) % 1000).padStart(3, "0")),
      email: `congan.${c.slug}@ninhbinh.gov.vn`,
    },
  ];
}

export const agencies: SeedAgency[] = [
  {
    code: AG.ROOT,
    name: "Ủy ban nhân dân tỉnh Ninh Bình",
    nameEn: "People's Committee of Ninh Binh Province",
    kind: "PROVINCE_COMMITTEE",
    parentCode: null,
    address: "Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 119",
    email: "ubnd@ninhbinh.gov.vn",
  },
  {
    code: AG.TT_PVHCC,
    name: "Trung tâm Phục vụ hành chính công tỉnh Ninh Bình",
    nameEn: "Ninh Binh Provincial Public Administration Service Centre",
    kind: "SERVICE_CENTER",
    parentCode: AG.ROOT,
    address: "Số 2 đường Lê Thái Tổ, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3655 222",
    email: "ttpvhcc@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_NOI_VU,
    name: "Sở Nội vụ tỉnh Ninh Bình",
    nameEn: "Department of Home Affairs",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Số 1 đường Đinh Tiên Hoàng, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 547",
    email: "snv@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_TU_PHAP,
    name: "Sở Tư pháp tỉnh Ninh Bình",
    nameEn: "Department of Justice",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 238",
    email: "stp@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_TAI_CHINH,
    name: "Sở Tài chính tỉnh Ninh Bình",
    nameEn: "Department of Finance",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Số 6 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 460",
    email: "stc@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_XAY_DUNG,
    name: "Sở Xây dựng tỉnh Ninh Bình",
    nameEn: "Department of Construction",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Trần Hưng Đạo, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 336",
    email: "sxd@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_NN_MT,
    name: "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình",
    nameEn: "Department of Agriculture and Environment",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Đinh Điền, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 624",
    email: "snnmt@ninhbinh.gov.vn",
  },
  {
    code: AG.VP_DK_DAT_DAI,
    name: "Văn phòng Đăng ký đất đai tỉnh Ninh Bình",
    nameEn: "Ninh Binh Land Registration Office",
    kind: "DEPARTMENT",
    parentCode: AG.SO_NN_MT,
    address: "Đường Đinh Điền, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3898 155",
    email: "vpdkdd@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_CONG_THUONG,
    name: "Sở Công Thương tỉnh Ninh Bình",
    nameEn: "Department of Industry and Trade",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Số 28 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 295",
    email: "sct@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_Y_TE,
    name: "Sở Y tế tỉnh Ninh Bình",
    nameEn: "Department of Health",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Hải Thượng Lãn Ông, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 064",
    email: "syt@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_GD_DT,
    name: "Sở Giáo dục và Đào tạo tỉnh Ninh Bình",
    nameEn: "Department of Education and Training",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Số 8 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 158",
    email: "sgddt@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_VH_TT_DL,
    name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
    nameEn: "Department of Culture, Sports and Tourism",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Tràng An, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3884 101",
    email: "svhttdl@ninhbinh.gov.vn",
  },
  {
    code: AG.SO_KH_CN,
    name: "Sở Khoa học và Công nghệ tỉnh Ninh Bình",
    nameEn: "Department of Science and Technology",
    kind: "DEPARTMENT",
    parentCode: AG.ROOT,
    address: "Đường Lương Văn Thăng, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3871 702",
    email: "skhcn@ninhbinh.gov.vn",
  },
  {
    code: AG.CONG_AN_TINH,
    name: "Công an tỉnh Ninh Bình",
    nameEn: "Ninh Binh Provincial Police",
    kind: "POLICE",
    parentCode: AG.ROOT,
    address: "Đường Lê Đại Hành, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "069 2508 100",
    email: "congan@ninhbinh.gov.vn",
  },
  {
    code: AG.BHXH_TINH,
    name: "Bảo hiểm xã hội tỉnh Ninh Bình",
    nameEn: "Ninh Binh Provincial Social Insurance",
    kind: "SOCIAL_INSURANCE",
    parentCode: AG.ROOT,
    address: "Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
    phone: "0229 3898 288",
    email: "bhxh@ninhbinh.gov.vn",
  },
  ...COMMUNE_DEFS.flatMap(communeAgencies),
];
