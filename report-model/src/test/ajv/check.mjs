// Compiles the given JSON Schemas with Ajv (draft 2020-12) in strict mode, failing on any warning, then
// validates documents: node check.mjs report.schema.json checklist.schema.json [report|checklist:file ...]
// Prints one line per document: "valid <file>" or "invalid <file>"; exit code 1 on any strict-mode complaint.
import Ajv2020 from "ajv/dist/2020.js";
import {readFileSync} from "node:fs";

const warnings = [];
const logger = {
  log: (...a) => warnings.push("log: " + a.join(" ")),
  warn: (...a) => warnings.push("warn: " + a.join(" ")),
  error: (...a) => warnings.push("error: " + a.join(" ")),
};
const ajv = new Ajv2020({strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true, logger});
const [reportPath, checklistPath, ...docs] = process.argv.slice(2);
let validators;
try {
  validators = {
    report: ajv.compile(JSON.parse(readFileSync(reportPath, "utf8"))),
    checklist: ajv.compile(JSON.parse(readFileSync(checklistPath, "utf8"))),
  };
} catch (e) {
  console.log("strict: " + e.message);
  process.exit(1);
}
for (const w of warnings) {
  console.log("strict: " + w);
}
for (const doc of docs) {
  const colon = doc.indexOf(":");
  const kind = doc.slice(0, colon);
  const file = doc.slice(colon + 1);
  const ok = validators[kind](JSON.parse(readFileSync(file, "utf8")));
  console.log((ok ? "valid " : "invalid ") + file);
}
process.exit(warnings.length === 0 ? 0 : 1);
