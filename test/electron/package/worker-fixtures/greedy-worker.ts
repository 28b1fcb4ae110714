// A worker that allocates without end, as a decompressor tricked past the limits would.
const hoard: number[][] = [];
for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i));
