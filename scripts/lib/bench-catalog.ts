/** The synthetic catalog of the benchmarks: procedures with realistic Vietnamese names and bodies. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { prng } from "./bench-queries";



const VERBS = [
  "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi", "Đăng ký", "Đăng ký thay đổi", "Xác nhận",
  "Công nhận", "Thẩm định", "Phê duyệt", "Thông báo", "Chấm dứt", "Cấp bổ sung", "Đề nghị cấp", "Hỗ trợ", "Giải quyết",
];
const OBJECTS = [
  "giấy phép kinh doanh dịch vụ lữ hành", "chứng chỉ hành nghề dược", "giấy chứng nhận đủ điều kiện kinh doanh thuốc bảo vệ thực vật",
  "giấy phép hoạt động khoáng sản", "giấy phép khai thác nước dưới đất", "giấy phép xả nước thải vào nguồn nước",
  "giấy chứng nhận cơ sở đủ điều kiện chăn nuôi", "giấy phép vận tải bằng xe ô tô", "phù hiệu xe kinh doanh vận tải",
  "giấy phép tổ chức biểu diễn nghệ thuật", "giấy phép hoạt động trung tâm ngoại ngữ", "quyết định thành lập trường mầm non tư thục",
  "giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "giấy phép thành lập cơ sở trợ giúp xã hội",
  "chứng chỉ năng lực hoạt động xây dựng", "giấy phép di dời công trình", "giấy phép chặt hạ cây xanh",
  "giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", "giấy phép sản xuất rượu thủ công", "giấy phép bán buôn sản phẩm thuốc lá",
  "giấy chứng nhận hợp tác xã", "giấy phép hoạt động cơ sở cai nghiện ma túy tự nguyện", "giấy phép hoạt động in",
  "giấy phép xuất bản bản tin", "giấy phép sử dụng tần số vô tuyến điện", "giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử",
  "giấy phép kinh doanh dịch vụ bảo vệ", "giấy chứng nhận an toàn thực phẩm cho cơ sở kinh doanh dịch vụ ăn uống",
  "chứng nhận nguồn gốc giống cây trồng", "giấy phép vận chuyển hàng nguy hiểm", "chế độ trợ cấp thất nghiệp",
  "chế độ thai sản", "trợ cấp một lần cho thân nhân người có công", "hỗ trợ học phí cho học sinh", "bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
  "danh hiệu gia đình văn hóa", "giấy phép lưu hành phim", "giấy phép khai quật khảo cổ", "giấy chứng nhận quyền tác giả",
  "giấy phép hoạt động thủy lợi", "giấy phép đào đường", "giấy phép thi công công trình trên đường bộ", "giấy phép nhập khẩu thuốc thú y",
];
const QUALIFIERS = [
  "", "", "", "đối với doanh nghiệp", "cho hộ kinh doanh", "cho cá nhân", "có yếu tố nước ngoài", "trên địa bàn tỉnh",
  "do bị mất hoặc hư hỏng", "khi thay đổi nội dung", "thuộc thẩm quyền cấp tỉnh", "thuộc thẩm quyền cấp xã", "trong trường hợp hết hạn",
  "cho tổ chức", "tại khu công nghiệp", "đối với công trình cấp III, cấp IV", "cho người nước ngoài",
];
const CONDITIONS = [
  "Tổ chức, cá nhân có đủ năng lực hành vi dân sự; có địa điểm kinh doanh phù hợp quy hoạch; đáp ứng các điều kiện về an toàn, phòng cháy và chữa cháy, bảo vệ môi trường theo quy định.",
  "Hồ sơ đầy đủ, hợp lệ theo quy định; người đề nghị không thuộc trường hợp bị cấm hoặc đang bị truy cứu trách nhiệm hình sự.",
  "Có giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm; có đội ngũ nhân viên đáp ứng yêu cầu chuyên môn.",
];
const STEPS = [
  "Tổ chức, cá nhân nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
  "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.",
  "Cơ quan chuyên môn thẩm định hồ sơ, kiểm tra thực tế (nếu cần) và trình người có thẩm quyền quyết định.",
  "Trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ lý do.",
  "Trả kết quả tại bộ phận một cửa hoặc qua dịch vụ bưu chính, hoặc bản điện tử trên Cổng Dịch vụ công.",
];
const COMPONENTS = [
  "Đơn đề nghị theo mẫu", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Bản thuyết minh về cơ sở vật chất, trang thiết bị",
  "Danh sách người lao động kèm bằng cấp chuyên môn", "Giấy tờ chứng minh quyền sử dụng địa điểm", "Báo cáo đánh giá tác động môi trường",
  "Bản vẽ mặt bằng", "Giấy xác nhận tập huấn kiến thức", "Văn bản ủy quyền (nếu có)",
];

export async function addSyntheticCatalog(url: string, count: number): Promise<void> {
  const rand = prng(20261126);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const fields = (await client.query<{ id: string }>(`SELECT id FROM "Field"`)).rows.map((r) => r.id);
    const events = (await client.query<{ id: string }>(`SELECT id FROM "LifeEvent"`)).rows.map((r) => r.id);
    const departments = (await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE kind IN ('DEPARTMENT','SERVICE_CENTER')`)).rows.map((r) => r.id);
    const communes = (await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE kind = 'COMMUNE'`)).rows.map((r) => r.id);
    const BATCH = 500;
    for (let start = 0; start < count; start += BATCH) {
      const n = Math.min(BATCH, count - start);
      const procs: unknown[][] = [];
      const versions: unknown[][] = [];
      const comps: unknown[][] = [];
      const agencies: unknown[][] = [];
      const lifeEvents: unknown[][] = [];
      for (let i = 0; i < n; i++) {
        const k = start + i;
        const pid = randomUUID();
        const vid = randomUUID();
        const qualifier = pick(QUALIFIERS);
        const name = `${pick(VERBS)} ${pick(OBJECTS)}${qualifier ? ` ${qualifier}` : ""}`;
        const level = rand() < 0.3 ? "COMMUNE" : "PROVINCE";
        const online = pick(["FULL", "PARTIAL", "PARTIAL", "NONE"] as const);
        const days = 1 + Math.floor(rand() * 30);
        procs.push([pid, `9.${String(100000 + k).padStart(6, "0")}`, pick(fields)]);
        versions.push([
          vid, pid, name, level, pick(["CITIZEN", "BUSINESS", "BOTH"]), online,
          online === "NONE" ? ["COUNTER", "POST"] : ["COUNTER", "ONLINE", "POST"],
          pick(CONDITIONS), JSON.stringify(STEPS.slice(0, 3 + Math.floor(rand() * 3))), days, pick(["WORKING_DAY", "CALENDAR_DAY"]),
          `${String(days).padStart(2, "0")} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
          JSON.stringify([{ name: "Lệ phí cấp giấy phép", amount: 100_000 * Math.floor(rand() * 10) }]),
          `Quyết định hoặc ${name.toLowerCase()}.`,
          JSON.stringify([{ code: "118/2025/NĐ-CP", title: "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông" }]),
        ]);
        const ncomp = 2 + Math.floor(rand() * 4);
        for (let c = 0; c < ncomp; c++) comps.push([randomUUID(), vid, c, COMPONENTS[(k + c) % COMPONENTS.length]!, "ORIGINAL", rand() < 0.8]);
        if (level === "COMMUNE") for (const a of communes) agencies.push([vid, a]);
        else agencies.push([vid, pick(departments)]);
        if (rand() < 0.4) lifeEvents.push([vid, pick(events)]);
      }
      const values = (rows: unknown[][], cast: string[]) =>
        rows.map((r, i) => `(${r.map((_, j) => `$${i * r.length + j + 1}${cast[j] ?? ""}`).join(", ")})`).join(", ");
      await client.query("BEGIN");
      await client.query(`INSERT INTO "Procedure" (id, code, "fieldId") VALUES ${values(procs, ["::uuid", "", "::uuid"])}`, procs.flat());
      await client.query(
        `INSERT INTO "ProcedureVersion" (id, "procedureId", version, status, name, level, audience, "onlineLevel", channels, conditions, steps,
           "timeLimitValue", "timeLimitUnit", "timeLimitText", fees, result, "legalBasis", "publishedBy", "publishedOn")
         SELECT v.id::uuid, v.pid::uuid, 1, 'DRAFT', v.name, v.level::"Level", v.audience::"Audience", v.online::"OnlineLevel", v.channels::text[],
                v.conditions, v.steps::jsonb, v.days::numeric, v.unit::"TimeUnit", v.tl, v.fees::jsonb, v.result, v.legal::jsonb,
                'Quyết định công bố (dữ liệu tổng hợp cho đo hiệu năng)', DATE '2025-07-01'
           FROM (VALUES ${values(versions, ["", "", "", "", "", "", "::text[]", "", "", "::int", "", "", "", "", ""])})
             AS v(id, pid, name, level, audience, online, channels, conditions, steps, days, unit, tl, fees, result, legal)`,
        versions.flat(),
      );
      for (let i = 0; i < comps.length; i += 2000) {
        const part = comps.slice(i, i + 2000);
        await client.query(
          `INSERT INTO "DossierComponent" (id, "versionId", position, name, form, required) VALUES ${values(part, ["::uuid", "::uuid", "::int", "", "::\"DocumentForm\"", "::boolean"])}`,
          part.flat(),
        );
      }
      for (let i = 0; i < agencies.length; i += 5000) {
        const part = agencies.slice(i, i + 5000);
        await client.query(
          `INSERT INTO "ProcedureAgency" ("versionId", "agencyId", role) SELECT v::uuid, a::uuid, 'IMPLEMENTING' FROM (VALUES ${values(part, [])}) AS x(v, a)`,
          part.flat(),
        );
      }
      if (lifeEvents.length > 0) {
        await client.query(`INSERT INTO "ProcedureLifeEvent" ("versionId", "lifeEventId") VALUES ${values(lifeEvents, ["::uuid", "::uuid"])}`, lifeEvents.flat());
      }
      const ids = versions.map((v) => v[0] as string);
      await client.query(`UPDATE "ProcedureVersion" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = ANY($1::uuid[])`, [ids]);
      await client.query(`UPDATE "Procedure" p SET "currentVersionId" = v.id FROM "ProcedureVersion" v WHERE v."procedureId" = p.id AND v.id = ANY($1::uuid[])`, [ids]);
      await client.query("COMMIT");
    }
  } finally {
    await client.end();
  }
}


/** The names of the published catalog (for generating queries). */
export async function catalogNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(`SELECT name FROM "ProcedureSearch"`)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}
