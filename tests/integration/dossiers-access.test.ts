/**
 * One citizen never reads another's dossier, draft or file: every such request answers exactly
 * like a request for something that does not exist. Officers see files of their agency's dossiers.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { SessionUser } from "../../lib/server/auth/session";
import { attachDraftFile, deleteDraft, getDraft, saveQuestionsStep } from "../../lib/server/dossiers/drafts";
import { dossierOfDraft, getMyDossier, listMyDossiers, openDossierFile, openDraftFile } from "../../lib/server/dossiers/mine";
import { submitDraft } from "../../lib/server/dossiers/submit";
import { setStorage } from "../../lib/server/storage";
import { LocalStorage } from "../../lib/server/storage/local";
import { birthAnswers, communeCodes, completeDraft, makeCitizen } from "../support/citizens";
import { pdfBytes } from "../support/files";

let dir: string;
let owner: SessionUser;
let other: SessionUser;
let dossierId: string;
let draftId: string;
let fileId: string;
let openDraftId: string;
let desk: string;

const asSession = (u: { id: string; fullName: string; email: string | null; role: SessionUser["role"]; agencyId: string | null }): SessionUser => ({
  id: u.id,
  fullName: u.fullName,
  email: u.email,
  role: u.role,
  agencyId: u.agencyId,
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-access-"));
  setStorage(new LocalStorage(dir));
  desk = (await communeCodes())[5]!;
  owner = asSession(await makeCitizen("Chủ hồ sơ"));
  other = asSession(await makeCitizen("Người khác"));
  draftId = await completeDraft(owner.id, desk);
  dossierId = (await submitDraft(owner.id, draftId)).dossierId;
  fileId = (await db().dossierFile.findFirstOrThrow({ where: { dossierId } })).id;
  openDraftId = await completeDraft(owner.id, desk);
});
afterAll(async () => {
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

describe("another citizen", () => {
  it("cannot read the dossier: the same answer as for a dossier that does not exist", async () => {
    expect(await getMyDossier(owner.id, dossierId)).not.toBeNull();
    expect(await getMyDossier(other.id, dossierId)).toBeNull();
    expect(await getMyDossier(other.id, randomUUID())).toBeNull();
    expect(await getMyDossier(other.id, "not-a-uuid")).toBeNull();
    expect((await listMyDossiers(other.id)).map((d) => d.id)).not.toContain(dossierId);
    expect(await dossierOfDraft(other.id, draftId)).toBeNull();
  });

  it("cannot download its files", async () => {
    const mine = await openDossierFile(owner, fileId);
    expect(mine).not.toBeNull();
    mine!.stream.destroy();
    expect(await openDossierFile(other, fileId)).toBeNull();
    expect(await openDossierFile(other, randomUUID())).toBeNull();
  });

  it("cannot open, change, upload into or delete the draft", async () => {
    const d = (await getDraft(owner.id, openDraftId))!;
    const component = d.procedure.components[0]!;
    expect(await getDraft(other.id, openDraftId)).toBeNull();
    expect(await openDraftFile(other.id, openDraftId, component.id)).toBeNull();
    await expect(saveQuestionsStep(other.id, openDraftId, birthAnswers)).rejects.toMatchObject({ kind: "not_found" });
    await expect(attachDraftFile(other.id, openDraftId, component.id, Readable.from([pdfBytes()]), "x.pdf")).rejects.toMatchObject({ kind: "not_found" });
    await expect(deleteDraft(other.id, openDraftId)).rejects.toMatchObject({ kind: "not_found" });
    expect(await getDraft(owner.id, openDraftId)).not.toBeNull();
  });
});

describe("officers", () => {
  it("of the receiving agency can open the files; of another agency they cannot", async () => {
    const agency = await db().agency.findUniqueOrThrow({ where: { code: desk } });
    const elsewhere = await db().agency.findFirstOrThrow({ where: { kind: "COMMUNE", NOT: { code: desk } } });
    const mk = (agencyId: string) =>
      db().user.create({ data: { email: `off.${randomUUID()}@motcua.test`, fullName: "Cán bộ", role: "RECEPTION", agencyId } });
    const here = asSession(await mk(agency.id));
    const there = asSession(await mk(elsewhere.id));
    const f = await openDossierFile(here, fileId);
    expect(f).not.toBeNull();
    f!.stream.destroy();
    expect(await openDossierFile(there, fileId)).toBeNull();
    // Officers have no "my dossiers" view of citizens' dossiers.
    expect(await getMyDossier(here.id, dossierId)).toBeNull();
  });
});
