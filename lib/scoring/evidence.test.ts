import { describe, expect, it } from "vitest";
import { lacksEvidence, unevidencedMessage, unexplainedConsensusMessage } from "./evidence";

describe("the evidence rule", () => {
  const bare = { evidenceNote: "  ", evidenceLinks: [] };
  it("asks for evidence from the practice's level up", () => {
    expect(lacksEvidence({ ...bare, level: 3 }, 4)).toBe(false);
    expect(lacksEvidence({ ...bare, level: 4 }, 4)).toBe(true);
    expect(lacksEvidence({ ...bare, level: 5 }, 4)).toBe(true);
    expect(lacksEvidence({ ...bare, level: 3 }, 3)).toBe(true);
    expect(lacksEvidence({ ...bare, level: null }, 1)).toBe(false);
  });

  it("takes a note or a link as evidence", () => {
    expect(lacksEvidence({ level: 5, evidenceNote: "Journey maps, 2026", evidenceLinks: [] }, 4)).toBe(false);
    expect(lacksEvidence({ level: 5, evidenceNote: "", evidenceLinks: ["https://example.gov/maps"] }, 4)).toBe(false);
  });

  it("names each practice and its level", () => {
    expect(unevidencedMessage([{ title: "Journey mapping", level: 4 }])).toBe(
      "1 practice is answered at a high level without evidence: “Journey mapping” (level 4). Add an evidence note or link to it, then submit.",
    );
    expect(unexplainedConsensusMessage(["A", "B"])).toBe("2 team answers need a rationale: “A”, “B”. Say on the consensus page why the team chose each, then submit.");
  });
});
