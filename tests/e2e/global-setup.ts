// Before the end-to-end tests: a corpus bundle of the bundled corpus, one of 40 generated documents
// (more results than a page shows) and one of the hostile-text fixture corpus, written by the command line (the native build the native tests
// made), for the tests that open the app on a bundle.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const bundlePath = resolve(here, "../../target/e2e/corpus.bin");
export const generatedBundlePath = resolve(here, "../../target/e2e/generated.bin");
/** tests/fixtures/hostile-corpus: real pages' spacing, emoji, right-to-left names, stray marks. */
export const hostileBundlePath = resolve(here, "../../target/e2e/hostile.bin");

export default function globalSetup(): void {
  const root = resolve(here, "../..");
  mkdirSync(resolve(root, "target/e2e"), { recursive: true });
  execFileSync(
    "cargo",
    ["run", "--quiet", "--locked", "--bin", "quoteline", "--", "bundle", "corpus", "-o", bundlePath],
    { cwd: root, stdio: "inherit" },
  );
  const generated = resolve(root, "target/e2e/generated");
  const quoteline = (...args: string[]) =>
    execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "quoteline", "--", ...args], {
      cwd: root,
      stdio: "inherit",
    });
  quoteline("generate", "--docs", "40", "--seed", "7", generated);
  quoteline("bundle", generated, "-o", generatedBundlePath);
  quoteline("bundle", resolve(root, "tests/fixtures/hostile-corpus"), "-o", hostileBundlePath);
}
