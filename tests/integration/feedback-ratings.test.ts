/** Ratings of finished dossiers and feedback to agencies: who may do what, once, on the record. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { answerFeedback, listPublishedFeedback, openFeedbackFile, publishFeedback, reopenFeedback, sendFeedback, suggestedPublicText } from "@/lib/server/feedback/feedback";
import { rateDossier, ratingInputSchema } from "@/lib/server/ratings/rate-dossier";
import { actorByEmail, agencyOf, createCitizen, createDossier, createOfficer, DEMO, otherCommune } from "./support/backoffice-fixtures";

const goodRating = ratingInputSchema.parse({ access: 5, procedure: 4, officers: 5, result: 5, feedbackHandling: 4, overall: 5, contacts: 1, agenciesVisited: 1, comment: "Nhanh gọn" });

const kind = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof AppError ? `${e.kind}:${e.messageKey}` : String(e);
  }
};

function file(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, stream: () => new Blob([bytes as BlobPart]).stream() };
}
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);

describe("rating a finished dossier", () => {
  it("lets the applicant rate once, and nobody else", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const applicant = await createCitizen();
    const stranger = await createCitizen();
    const d = await createDossier({ agencyId: commune.id, applicantId: applicant.userId, status: "RESULT_RETURNED" });
    expect(await kind(rateDossier(stranger.userId, d.id, goodRating))).toBe("not_found:errors.notFound");
    expect(await kind(rateDossier(applicant.userId, d.id, goodRating))).toBe("ok");
    expect(await kind(rateDossier(applicant.userId, d.id, goodRating))).toBe("conflict:rating.errors.alreadyRated");
    const rating = await db().rating.findUniqueOrThrow({ where: { dossierId: d.id } });
    expect(rating).toMatchObject({ overall: 5, agencyId: commune.id, userId: applicant.userId });
    await expect(db().rating.update({ where: { id: rating.id }, data: { overall: 1 } })).rejects.toThrow();
    const audits = await db().auditLog.count({ where: { entityId: d.id, action: "rating.create" } });
    expect(audits).toBe(1);
  });

  it("refuses a dossier still being processed, and two ratings sent at once make one", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const applicant = await createCitizen();
    const open = await createDossier({ agencyId: commune.id, applicantId: applicant.userId, status: "IN_PROCESSING" });
    expect(await kind(rateDossier(applicant.userId, open.id, goodRating))).toBe("conflict:rating.errors.notFinished");
    const done = await createDossier({ agencyId: commune.id, applicantId: applicant.userId, status: "RESULT_RETURNED" });
    const results = await Promise.all([kind(rateDossier(applicant.userId, done.id, goodRating)), kind(rateDossier(applicant.userId, done.id, goodRating))]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(await db().rating.count({ where: { dossierId: done.id } })).toBe(1);
  });

  it("only accepts scores from 1 to 5", () => {
    expect(ratingInputSchema.safeParse({ ...goodRating, overall: 6 }).success).toBe(false);
    expect(ratingInputSchema.safeParse({ ...goodRating, officers: 0 }).success).toBe(false);
  });
});

describe("feedback to an agency", () => {
  it("goes to the agency holding the sender's own dossier; another person's dossier is refused like a missing one", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const sender = await createCitizen();
    const other = await createCitizen();
    const mine = await createDossier({ agencyId: commune.id, applicantId: sender.userId, status: "IN_PROCESSING" });
    const theirs = await createDossier({ agencyId: commune.id, applicantId: other.userId, status: "IN_PROCESSING" });
    const base = { target: "DOSSIER" as const, subject: "Hồ sơ chậm", body: "Hồ sơ của tôi đã quá hẹn hai ngày mà chưa có kết quả, mong cơ quan kiểm tra." };
    expect(await kind(sendFeedback({ id: sender.userId }, { ...base, dossierId: theirs.id }))).toBe("validation:feedback.errors.dossier");
    const sent = await sendFeedback({ id: sender.userId }, { ...base, dossierId: mine.id });
    const fb = await db().feedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(fb.agencyId).toBe(commune.id);
    expect(fb.dueAt.getTime()).toBeGreaterThan(Date.now());
    expect(fb.code).toMatch(/^PA-\d{6}-[0-9A-F]{8}$/);
  });

  it("is answered only by the responsible agency, notifies the sender, may be reopened once", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const sender = await createCitizen();
    const sent = await sendFeedback(
      { id: sender.userId },
      { target: "AGENCY", agencyCode: commune.code, subject: "Thái độ phục vụ", body: "Cán bộ một cửa hướng dẫn rất tận tình, tôi muốn cảm ơn." },
    );
    const elsewhere = await createOfficer((await otherCommune(commune.id)).id, "RECEPTION");
    const answer = "Cảm ơn ông/bà đã góp ý, chúng tôi sẽ tiếp tục phát huy tinh thần phục vụ.";
    expect(await kind(answerFeedback(elsewhere, sent.id, answer))).toBe("not_found:errors.notFound");
    const officer = await actorByEmail(DEMO.receptionXa);
    expect(await kind(answerFeedback(officer, sent.id, answer))).toBe("ok");
    expect(await kind(answerFeedback(officer, sent.id, answer))).toBe("conflict:feedback.errors.notOpen");
    const outbox = await db().outbox.findMany({ where: { recipient: sender.email, template: "feedback.answered" } });
    expect(outbox).toHaveLength(1);
    const answered = await db().feedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(answered).toMatchObject({ status: "ANSWERED", answeredOnTime: true });

    expect(await kind(reopenFeedback({ id: (await createCitizen()).userId }, sent.id, "Tôi chưa đồng ý với câu trả lời"))).toBe("not_found:errors.notFound");
    expect(await kind(reopenFeedback({ id: sender.userId }, sent.id, "Tôi chưa đồng ý với câu trả lời"))).toBe("ok");
    await answerFeedback(officer, sent.id, answer + " Chúng tôi đã làm việc lại với bộ phận.");
    expect(await kind(reopenFeedback({ id: sender.userId }, sent.id, "Vẫn chưa thỏa đáng với tôi"))).toBe("conflict:feedback.errors.reopenedOnce");
  });

  it("is published with personal data removed, and found without diacritics", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const sender = await createCitizen();
    const senderName = (await db().user.findUniqueOrThrow({ where: { id: sender.userId } })).fullName;
    const sent = await sendFeedback(
      { id: sender.userId },
      {
        target: "AGENCY",
        agencyCode: commune.code,
        subject: "Thời gian chứng thực quá lâu",
        body: `Tôi là ${senderName}, số CCCD 001090012345, điện thoại 0912345678. Chứng thực bản sao phải chờ cả buổi sáng.`,
      },
    );
    const officer = await actorByEmail(DEMO.leaderXa);
    await answerFeedback(officer, sent.id, "Từ tháng sau bộ phận một cửa bố trí thêm một quầy chứng thực vào buổi sáng.");
    const fb = await db().feedback.findUniqueOrThrow({ where: { id: sent.id }, include: { sender: true } });
    const text = suggestedPublicText(fb);
    expect(text.publicBody).not.toContain("001090012345");
    expect(text.publicBody).not.toContain("0912345678");
    expect(text.publicBody).not.toContain(senderName);
    // Even if the officer pastes the original text back, it is published redacted.
    await publishFeedback(officer, sent.id, { ...text, publicBody: fb.body });
    const published = await db().feedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(published.publicBody).not.toContain("001090012345");
    const found = await listPublishedFeedback("thoi gian chung thuc", 1);
    expect(found.items.map((i) => i.code)).toContain(sent.code);
    const none = await listPublishedFeedback("khong co gi nhu the nay", 1);
    expect(none.items.map((i) => i.code)).not.toContain(sent.code);
  });

  it("accepts an image attachment, refuses a renamed program, and shows files only to the sender and the agency", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const sender = await createCitizen();
    const input = { target: "AGENCY" as const, agencyCode: commune.code, subject: "Ảnh chụp quầy", body: "Gửi kèm ảnh chụp bảng niêm yết thủ tục bị mờ, khó đọc." };
    expect(await kind(sendFeedback({ id: sender.userId }, input, [file("anh.png", EXE)]))).toMatch(/UploadError|executable|typeNotAllowed/);
    const sent = await sendFeedback({ id: sender.userId }, input, [file("anh chup.png", PNG)]);
    const f = await db().feedbackFile.findFirstOrThrow({ where: { feedbackId: sent.id } });
    expect(f.mimeType).toBe("image/png");
    expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await kind(openFeedbackFile({ userId: sender.userId, role: "CITIZEN", agencyId: null }, f.id))).toBe("ok");
    expect(await kind(openFeedbackFile(await actorByEmail(DEMO.receptionXa), f.id))).toBe("ok");
    const stranger = await createCitizen();
    expect(await kind(openFeedbackFile(stranger, f.id))).toBe("not_found:errors.notFound");
  });
});

describe("emails that invite and inform", () => {
  it("tells the sender their feedback was answered, with a link to read it", async () => {
    const { renderAny } = await import("@/lib/server/notifications/mailer");
    const email = await renderAny("feedback.answered", "vi", { code: "PA-261126-ABCD1234", subject: "Ghế chờ", name: "Nguyễn Văn An" });
    expect(email.subject).toBe("Phản ánh PA-261126-ABCD1234 đã được trả lời");
    expect(email.text).toContain("“Ghế chờ”");
    expect(email.text).toContain("/feedback/mine");
  });

  it("invites the applicant to rate a dossier that ended, and not one still in progress", async () => {
    const { renderAny } = await import("@/lib/server/notifications/mailer");
    const dossierId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    const data = { dossierId, code: "000.01.30.H42-261126-0001", procedureName: "Đăng ký khai sinh", applicantName: "Nguyễn Văn An" };
    const ended = await renderAny("dossier.returnResult", "vi", data);
    expect(ended.text).toContain(`/rate/${dossierId}`);
    const receiving = await renderAny("dossier.receive", "vi", data);
    expect(receiving.text).not.toContain("/rate/");
  });
});
