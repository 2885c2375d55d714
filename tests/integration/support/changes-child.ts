/**
 * A second instance for tests/integration/changes.test.ts: fills the catalog cache, listens for
 * changes and prints one JSON line per event on standard output.
 */
import { cached } from "@/lib/server/catalog/cache";
import { instanceId, listenForChanges, onChange } from "@/lib/server/changes";

let loads = 0;
const probe = () => cached("probe", 600_000, async () => ++loads);
const say = (o: object) => process.stdout.write(JSON.stringify(o) + "\n");

await probe();
await listenForChanges();
for (const topic of ["catalog", "calendar"]) {
  onChange(topic, () => setImmediate(() => void probe().then((value) => say({ event: topic, loads: value }))));
}
say({ event: "ready", id: instanceId(), loads: await probe() });
setInterval(() => {}, 60_000);
