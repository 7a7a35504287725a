/** Binary PGM (P5), 8-bit: what `pdftoppm -gray` writes, trivial to read and to commit as a reference. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function parsePgm(bytes: Buffer): GrayImage {
  // Header: "P5", width, height, maxval, each separated by whitespace (comments are not written by pdftoppm).
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    let field = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) field += String.fromCharCode(bytes[i++]!);
    fields.push(field);
  }
  i++; // the single whitespace after maxval
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM (${magic}, maxval ${max})`);
  const width = Number(w);
  const height = Number(h);
  const pixels = new Uint8Array(bytes.subarray(i, i + width * height));
  if (pixels.length !== width * height) throw new Error('PGM shorter than its header says');
  return { width, height, pixels };
}

export function encodePgm(image: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii'), Buffer.from(image.pixels)]);
}

/** The share of pixels that differ by more than `threshold` levels (1 when the sizes differ). */
export function differingShare(a: GrayImage, b: GrayImage, threshold = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let p = 0; p < a.pixels.length; p++) if (Math.abs(a.pixels[p]! - b.pixels[p]!) > threshold) differing++;
  return differing / a.pixels.length;
}
