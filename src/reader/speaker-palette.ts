/** Number of speaker colours in reader.css (--speaker-0 … --speaker-7). */
export const PALETTE_SIZE = 8;

/**
 * The palette slot of a speaker: a stable FNV-1a hash of its id, so a speaker has the same colour on
 * every page. Colours may repeat within a document; the per-speaker marker tells them apart.
 */
export function paletteSlot(speakerId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < speakerId.length; i++) {
    hash ^= speakerId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PALETTE_SIZE;
}

/** Markers for speakers in order of first appearance: 1, 2, … (editorial assertions use "E"). */
export function speakerMarker(index: number): string {
  return String(index + 1);
}

export const EDITORIAL_MARKER = 'E';

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}
