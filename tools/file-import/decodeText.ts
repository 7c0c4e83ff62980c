/**
 * Turns the bytes of a CSV file into text, the way a spreadsheet import
 * guesses the encoding: a byte order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, valid UTF-8 is read as UTF-8, anything else as Windows-1252
 * (what Excel writes for "CSV (séparateur: point-virgule)" on French Windows).
 * The byte order mark never reaches the text.
 */
import { at } from '../indexing';
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(data.subarray(3));
  }
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return decodeWindows1252(data);
  }
}

/**
 * Code points of the bytes 0x80–0x9F in Windows-1252 (€, curly quotes, œ, …);
 * every other byte is its own code point. Written out because Node 20's
 * `TextDecoder('windows-1252')` decodes as ISO-8859-1 and loses `€` and `œ`.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(data: Uint8Array): string {
  const codeUnits = new Uint16Array(data.length);
  data.forEach((byte, i) => {
    const isHigh = byte >= 0x80 && byte <= 0x9f;
    codeUnits[i] = isHigh ? at(WINDOWS_1252_HIGH, byte - 0x80) : byte;
  });
  return new TextDecoder('utf-16le').decode(codeUnits);
}
