import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, PALETTE_SIZE, paletteSlot } from './speaker-palette';

const css = readFileSync(join(__dirname, 'assets', 'reader.css'), 'utf8');
const colour = (name: string) => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`reader.css does not define --${name}`);
  return match[1];
};

describe('paletteSlot', () => {
  it('gives the same slot for the same speaker id every time', () => {
    const id = '0b7c9a62-3f0e-4a53-9d1e-4c1f2d7a9e10';
    expect(paletteSlot(id)).toBe(paletteSlot(`${id}`));
  });

  it('spreads ids over every slot', () => {
    const slots = new Set(Array.from({ length: 200 }, (_, i) => paletteSlot(`speaker-${i}`)));
    expect(slots.size).toBe(PALETTE_SIZE);
  });
});

describe('reader.css colours', () => {
  const ink = colour('ink');

  it.each(Array.from({ length: PALETTE_SIZE }, (_, i) => `speaker-${i}`).concat(['editorial', 'paper']))(
    'keeps text on --%s at a contrast of at least 4.5:1',
    (name) => {
      expect(contrastRatio(ink, colour(name))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps muted text and links readable on the page background', () => {
    expect(contrastRatio(colour('muted'), colour('paper'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colour('link'), colour('paper'))).toBeGreaterThanOrEqual(4.5);
  });
});
