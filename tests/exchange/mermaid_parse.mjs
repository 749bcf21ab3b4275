// Parse a Mermaid file with the real mermaid package and print what its journey parser read, as JSON.
// Usage: node mermaid_parse.mjs FILE.mmd  (NODE_PATH-free: run with the cwd where mermaid and jsdom are installed)
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
const text = readFileSync(process.argv[2], "utf8");
try {
  const result = await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  console.log(JSON.stringify({
    ok: true, type: result.diagramType, title: db.getDiagramTitle(), sections: db.getSections(),
    tasks: db.getTasks().map((t) => ({ section: t.section, task: t.task, score: t.score, people: t.people })),
  }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e.message || e).slice(0, 500) }));
  process.exit(1);
}
