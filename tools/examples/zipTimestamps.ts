/**
 * Sets every entry of a zip archive to one modification time, so that an
 * XLSX written twice is the same file byte for byte (exceljs stamps each
 * entry with the current time).
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Size of the end-of-central-directory record of an archive without a comment. */
const END_RECORD_SIZE = 22;

/**
 * A copy of `zip` whose entries all carry the MS-DOS date of the given
 * calendar day (year ≥ 1980, month 1–12) at 00:00. Throws when the archive
 * has a comment or its headers are not where the directory says.
 */
export function withFixedZipTimestamps(zip: Uint8Array, year: number, month: number, day: number): Buffer {
  const out = Buffer.from(zip);
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const dosTime = 0;
  const end = out.length - END_RECORD_SIZE;
  expectSignature(out, end, END_OF_CENTRAL_DIRECTORY);
  const entryCount = out.readUInt16LE(end + 10);
  let offset = out.readUInt32LE(end + 16);
  for (let entry = 0; entry < entryCount; entry += 1) {
    expectSignature(out, offset, CENTRAL_HEADER);
    out.writeUInt16LE(dosTime, offset + 12);
    out.writeUInt16LE(dosDate, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    expectSignature(out, local, LOCAL_HEADER);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    const nameLength = out.readUInt16LE(offset + 28);
    const extraLength = out.readUInt16LE(offset + 30);
    const commentLength = out.readUInt16LE(offset + 32);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function expectSignature(data: Buffer, offset: number, signature: number): void {
  if (offset < 0 || offset + 4 > data.length || data.readUInt32LE(offset) !== signature) {
    throw new Error(`Unexpected zip layout at byte ${offset}`);
  }
}
