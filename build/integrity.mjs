// @ts-check
// Subresource Integrity: after `vite build`, writes dist/<file>.sri ("sha384-…", one line) next
// to every drop-in file and prints it, so a site can paste it as the script tag's `integrity`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ssri from 'ssri';

/** @param {string} dir the folder of the drop-in files */
export function writeIntegrityFiles(dir) {
  const files = readdirSync(dir).filter((name) => /^endht-[a-z-]+\.js$/.test(name));
  for (const name of files.sort()) {
    const file = join(dir, name);
    const integrity = ssri.fromData(readFileSync(file), { algorithms: ['sha384'] }).toString();
    writeFileSync(`${file}.sri`, `${integrity}\n`);
    console.log(`${relative(process.cwd(), file)}  integrity="${integrity}"`);
  }
}
