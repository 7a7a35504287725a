import type { DrawOp } from './geometry';
import { lineHeight, textOp } from './text-ops';
import type { TextStyle } from './measure';

/** A piece of a page of known height, drawn with its top at `top`. */
export interface Block {
  height: number;
  draw(top: number): DrawOp[];
}

/**
 * Content that can continue on the next page: asked how much of it fits in a height, it splits
 * off a block that fits (or nothing) and keeps the rest for the next page.
 */
export interface Flowable {
  split(height: number): { head: Block | null; rest: Flowable | null };
}

/** A block that moves to the next page whole when it does not fit (signature lines). */
export function whole(block: Block): Flowable {
  return { split: (height) => (block.height <= height ? { head: block, rest: null } : { head: null, rest: whole(block) }) };
}

function stack(blocks: readonly Block[]): Block {
  return {
    height: blocks.reduce((sum, b) => sum + b.height, 0),
    draw(top) {
      const ops: DrawOp[] = [];
      let y = top;
      for (const b of blocks) {
        ops.push(...b.draw(y));
        y += b.height;
      }
      return ops;
    },
  };
}

/** How many of the blocks, from the first, fit in `height`. */
function fitting(blocks: readonly Block[], height: number): number {
  let used = 0;
  let n = 0;
  while (n < blocks.length && used + blocks[n]!.height <= height) used += blocks[n++]!.height;
  return n;
}

/** Blocks kept in order, split between any two of them. */
export function sequence(blocks: readonly Block[]): Flowable {
  return {
    split(height) {
      const n = fitting(blocks, height);
      return { head: n > 0 ? stack(blocks.slice(0, n)) : null, rest: n < blocks.length ? sequence(blocks.slice(n)) : null };
    },
  };
}

/**
 * A table whose header row is repeated above its rows on every page it continues on; `again` is
 * the row as repeated (the same ink, an artifact to a screen reader: tags.ts asArtifact).
 */
export function table(head: Block, rows: readonly Block[], again: Block = head): Flowable {
  return {
    split(height) {
      const n = fitting(rows, height - head.height);
      if (n === 0) return { head: null, rest: table(head, rows, again) };
      return { head: stack([head, ...rows.slice(0, n)]), rest: n < rows.length ? table(again, rows.slice(n), again) : null };
    },
  };
}

/** One line made of pieces in different styles, each already fitted, at fixed offsets. */
export interface Piece {
  text: string;
  style: TextStyle;
  dx: number;
}

export function lineBlock(pieces: readonly Piece[], x: number, style: TextStyle): Block {
  return {
    height: lineHeight(style),
    draw: (top) => pieces.map((p) => textOp(p.text, p.style, x + p.dx, top)),
  };
}

export function spacer(height: number): Block {
  return { height, draw: () => [] };
}
