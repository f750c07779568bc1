// Parse a GIFT file with gift-pegjs and print its questions as JSON (used by tests/test_export_gift.py).
// Usage: node parse.js FILE.gift
"use strict";
const fs = require("fs");
const { parse } = require("gift-pegjs");

const text = fs.readFileSync(process.argv[2], "utf8");
try {
  process.stdout.write(JSON.stringify(parse(text)));
} catch (error) {
  const where = error.location ? ` at line ${error.location.start.line} column ${error.location.start.column}` : "";
  process.stderr.write(`GIFT parse error${where}: ${error.message}\n`);
  process.exit(1);
}
