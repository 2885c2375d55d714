/**
 * A small layout helper over pdf-lib for the official forms: A4, DejaVu Serif (Vietnamese glyphs),
 * wrapped paragraphs, simple tables, the national header, signature blocks and a QR code.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array; italic: Uint8Array }> | undefined;
export function loadFonts() {
  fontBytes ??= Promise.all([
    readFile(path.join(FONT_DIR, "DejaVuSerif.ttf")),
    readFile(path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")),
    readFile(path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")),
  ]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
  return fontBytes;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 56, bottom: 56, left: 70, right: 56 };
const INK = rgb(0, 0, 0);

export type Style = "regular" | "bold" | "italic";
export interface TextOptions {
  size?: number;
  style?: Style;
  align?: "left" | "center" | "right";
  indent?: number;
  gapAfter?: number;
}

export class OfficialPdf {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Record<Style, PDFFont>,
  ) {}

  static async create(title: string, subject: string): Promise<OfficialPdf> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const bytes = await loadFonts();
    const [regular, bold, italic] = await Promise.all([
      doc.embedFont(bytes.regular, { subset: true }),
      doc.embedFont(bytes.bold, { subset: true }),
      doc.embedFont(bytes.italic, { subset: true }),
    ]);
    doc.setTitle(title);
    doc.setSubject(subject);
    doc.setLanguage("vi-VN");
    doc.setProducer("Một Cửa");
    doc.setCreator("Một Cửa");
    const pdf = new OfficialPdf(doc, { regular, bold, italic });
    pdf.newPage();
    return pdf;
  }

  get width(): number {
    return A4[0] - MARGIN.left - MARGIN.right;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN.top;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  /** Splits text into lines that fit `width` at the font and size. */
  wrap(text: string, width: number, style: Style = "regular", size = 12): string[] {
    const font = this.fonts[style];
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
        else {
          if (line) lines.push(line);
          // A single word longer than the line (a long code) is cut.
          let w = word;
          while (font.widthOfTextAtSize(w, size) > width && w.length > 1) {
            let cut = w.length - 1;
            while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--;
            lines.push(w.slice(0, cut));
            w = w.slice(cut);
          }
          line = w;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, o: TextOptions = {}): void {
    const size = o.size ?? 12;
    const style = o.style ?? "regular";
    const indent = o.indent ?? 0;
    const lineHeight = size * 1.35;
    for (const line of this.wrap(text, this.width - indent, style, size)) {
      this.ensure(lineHeight);
      this.drawLine(line, MARGIN.left + indent, this.width - indent, style, size, o.align ?? "left");
      this.y -= lineHeight;
    }
    this.y -= o.gapAfter ?? 2;
  }

  private drawLine(line: string, x: number, width: number, style: Style, size: number, align: "left" | "center" | "right"): void {
    const font = this.fonts[style];
    const w = font.widthOfTextAtSize(line, size);
    const dx = align === "center" ? (width - w) / 2 : align === "right" ? width - w : 0;
    this.page.drawText(line, { x: x + dx, y: this.y - size, size, font, color: INK });
  }

  gap(h = 8): void {
    this.y -= h;
  }

  /** Two columns side by side (header, signatures); each cell a list of lines with styles. */
  columns(cols: Array<Array<{ text: string; style?: Style; size?: number }>>, widths?: number[]): void {
    const ws = widths ?? cols.map(() => this.width / cols.length);
    const startY = this.y;
    let lowest = startY;
    let x = MARGIN.left;
    cols.forEach((cell, i) => {
      const w = ws[i]!;
      let y = startY;
      for (const item of cell) {
        const size = item.size ?? 12;
        for (const line of this.wrap(item.text, w - 8, item.style ?? "regular", size)) {
          const font = this.fonts[item.style ?? "regular"];
          const lw = font.widthOfTextAtSize(line, size);
          this.page.drawText(line, { x: x + (w - lw) / 2, y: y - size, size, font, color: INK });
          y -= size * 1.35;
        }
      }
      lowest = Math.min(lowest, y);
      x += w;
    });
    this.y = lowest - 4;
  }

  rule(xFrom: number, width: number): void {
    this.page.drawLine({ start: { x: MARGIN.left + xFrom, y: this.y + 2 }, end: { x: MARGIN.left + xFrom + width, y: this.y + 2 }, thickness: 0.6, color: INK });
  }

  /** The usual header: agency on the left, the national motto on the right, underlined. */
  /** The heading: the issuing agency (under its parent), which is also the document's author. */
  header(agencyLines: string[], codeLine: string | null): void {
    const issuer = agencyLines[agencyLines.length - 1];
    if (issuer) this.doc.setAuthor(issuer);
    const left = this.width * 0.42;
    const right = this.width - left;
    const startY = this.y;
    this.columns(
      [
        [...agencyLines.map((t, i) => ({ text: t.toUpperCase(), style: (i === agencyLines.length - 1 ? "bold" : "regular") as Style, size: 11 }))],
        [
          { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "bold", size: 10.5 },
          { text: "Độc lập - Tự do - Hạnh phúc", style: "bold", size: 12 },
        ],
      ],
      [left, right],
    );
    const after = this.y;
    this.y = after + 2;
    this.rule(left + right / 2 - 80, 160);
    this.y = startY;
    this.y = after;
    if (codeLine) this.columns([[{ text: codeLine, size: 11 }], []], [left, right]);
  }

  table(head: string[], rows: string[][], widths: number[], size = 10.5): void {
    const total = widths.reduce((a, b) => a + b, 0);
    const ws = widths.map((w) => (w / total) * this.width);
    const draw = (cells: string[], style: Style) => {
      const wrapped = cells.map((c, i) => this.wrap(c, ws[i]! - 8, style, size));
      const h = Math.max(...wrapped.map((l) => l.length)) * size * 1.3 + 8;
      this.ensure(h);
      let x = MARGIN.left;
      wrapped.forEach((lines, i) => {
        this.page.drawRectangle({ x, y: this.y - h, width: ws[i]!, height: h, borderColor: INK, borderWidth: 0.6 });
        lines.forEach((line, j) => {
          this.page.drawText(line, { x: x + 4, y: this.y - 4 - size - j * size * 1.3, size, font: this.fonts[style], color: INK });
        });
        x += ws[i]!;
      });
      this.y -= h;
    };
    draw(head, "bold");
    for (const r of rows) draw(r, "regular");
    this.y -= 8;
  }

  async qr(url: string, caption: string): Promise<void> {
    const png = await QRCode.toBuffer(url, { margin: 1, width: 220, errorCorrectionLevel: "M" });
    const img = await this.doc.embedPng(png);
    const size = 72;
    this.ensure(size + 16);
    this.page.drawImage(img, { x: MARGIN.left + this.width - size, y: this.y - size, width: size, height: size });
    const font = this.fonts.italic;
    const w = font.widthOfTextAtSize(caption, 8);
    this.page.drawText(caption, { x: MARGIN.left + this.width - Math.max(size, w), y: this.y - size - 10, size: 8, font });
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
