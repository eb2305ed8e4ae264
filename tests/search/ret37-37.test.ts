import { describe, expect, it } from "vitest";
import { admitLateOverflow } from "../../src/search/top-k.ts";

// A result list as the cap leaves it: passages named by document and place, best first.
interface Item {
  id: string;
  doc: string;
  score: number;
}
const item = (id: string, score: number): Item => ({ id, doc: id.split(":")[0] as string, score });
const ids = (items: readonly Item[]) => items.map((i) => i.id);
const docOf = (i: Item) => i.doc;

describe("admitLateOverflow (ret37)", () => {
  // Note a fills the cap's three places at the head; its fourth passage (a:4) was turned away,
  // though it scores above the later passages of other notes.
  const list = [
    item("a:1", 9),
    item("a:2", 8),
    item("b:1", 7),
    item("a:3", 6),
    item("c:1", 5),
    item("d:1", 3),
    item("e:1", 2),
    item("f:1", 1),
  ];
  const overflow = [item("a:4", 4), item("a:5", 3.5)];

  it("gives a document's turned-away passage a place after the head when it outscores", () => {
    const out = admitLateOverflow(list, overflow, 8, docOf, 3, 5);
    expect(ids(out)).toEqual(["a:1", "a:2", "b:1", "a:3", "c:1", "a:4", "d:1", "e:1"]);
  });

  it("never changes the head, and admits one passage beyond the cap, not two", () => {
    const out = admitLateOverflow(list, overflow, 8, docOf, 3, 5);
    expect(ids(out.slice(0, 5))).toEqual(ids(list.slice(0, 5)));
    expect(out.filter((i) => i.doc === "a")).toHaveLength(4);
  });

  it("leaves the list as it is when the turned-away passage scores below every later place", () => {
    const weak = [item("a:4", 0.5)];
    expect(ids(admitLateOverflow(list, weak, 8, docOf, 3, 5))).toEqual(ids(list));
  });

  it("leaves a short list or one with nothing turned away unchanged", () => {
    expect(ids(admitLateOverflow(list.slice(0, 4), overflow, 8, docOf, 3, 5))).toEqual(
      ids(list.slice(0, 4)),
    );
    expect(ids(admitLateOverflow(list, [], 8, docOf, 3, 5))).toEqual(ids(list));
  });
});
