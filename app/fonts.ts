import localFont from "next/font/local";

/**
 * Be Vietnam Pro, bundled from npm (no download at build time), in two weights (400 for text, 600 for
 * headings, labels and buttons) and two subsets: Vietnamese (the letters with their tone marks, đ, ư, ơ)
 * and Latin. next/font preloads the four files, sets `font-display: swap` and declares a fallback face
 * (a local Arial or its metric twin) adjusted to the font's metrics, so that nothing moves when the
 * font arrives (docs/performance.md). Font loader options must be literals.
 */
export const vietnamese = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2", weight: "600", style: "normal" },
  ],
  display: "swap",
  variable: "--font-vietnamese",
  // Only the Vietnamese letters come from this face; everything else falls through to the Latin one.
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    },
  ],
  adjustFontFallback: false,
  fallback: [],
});

export const latin = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  display: "swap",
  variable: "--font-latin",
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  adjustFontFallback: "Arial",
  fallback: ["ui-sans-serif", "system-ui", "sans-serif"],
});
