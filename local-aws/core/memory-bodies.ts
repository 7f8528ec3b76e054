import {
  type BodyReader,
  type BodyRef,
  type BodyStorage,
  type BodyWriter,
  BlockSums,
  BLOCK_BYTES,
  BodyDamaged,
  blockReader,
  blocksOf,
  checkBlock,
  Holds,
  newBodyId,
} from './bodies';

/** Bodies kept in memory (an ephemeral store). */
export class MemoryBodies implements BodyStorage {
  private readonly bodies = new Map<string, Buffer>();
  private readonly holds = new Holds((id) => this.bodies.delete(id));

  private keep(data: Buffer): BodyRef {
    const sums = new BlockSums();
    sums.update(data);
    const id = newBodyId();
    this.bodies.set(id, data);
    return { id, size: data.length, crcs: sums.digest() };
  }

  create(): BodyWriter {
    const chunks: Buffer[] = [];
    return {
      write: async (chunk) => void chunks.push(Buffer.from(chunk)),
      finish: async () => this.keep(Buffer.concat(chunks)),
      abort: async () => void chunks.splice(0),
    };
  }

  writeSync(data: Buffer): BodyRef {
    return this.keep(Buffer.from(data));
  }

  private bytes(ref: BodyRef): Buffer {
    const data = this.bodies.get(ref.id);
    if (!data) throw new BodyDamaged(ref.id, 'memory', 'the body is missing');
    return data;
  }

  readSync(ref: BodyRef, start: number, end: number): Buffer {
    const reader = this.blocks(ref);
    const { first, last } = blocksOf(start, end);
    for (let block = first; block <= last && end >= start; block++)
      checkBlock(ref, block, reader(block));
    return Buffer.from(this.bytes(ref).subarray(start, end + 1));
  }

  private blocks(ref: BodyRef) {
    const data = this.bytes(ref);
    return (block: number) => data.subarray(block * BLOCK_BYTES, (block + 1) * BLOCK_BYTES);
  }

  async open(ref: BodyRef): Promise<BodyReader> {
    const read = this.blocks(ref);
    const release = this.hold([ref.id]);
    return blockReader(
      ref,
      async (block) => read(block),
      async () => release(),
    );
  }

  hold(ids: readonly string[]): () => void {
    return this.holds.hold(ids);
  }

  remove(ids: readonly string[]): void {
    this.holds.remove(ids);
  }

  /** For tests: changes a stored byte as a failing disk would. */
  damage(id: string, offset: number): void {
    const data = this.bodies.get(id);
    if (data) data[offset] = data[offset]! ^ 0xff;
  }
}
