/**
 * The scoring classes of one corpus: each gold label that occurs in it, with the project values (entity
 * types, predicates) that count as a match for it, the first being its main one. Rows of the report are
 * gold labels, so a prediction that matches nothing is charged to the label it would have matched.
 */
export class ClassIndex {
  private readonly targets: ReadonlyMap<string, readonly string[]>;
  private readonly reportLabel = new Map<string, string>();

  constructor(targets: ReadonlyMap<string, readonly string[]>) {
    this.targets = targets;
    const labels = [...targets.keys()].sort();
    // A label whose main value it is wins (UNIT for MilitaryUnit); else the first label accepting it (ORG).
    for (const pass of [true, false]) {
      for (const label of labels) {
        const values = targets.get(label)!;
        for (const v of pass ? values.slice(0, 1) : values) if (!this.reportLabel.has(v)) this.reportLabel.set(v, label);
      }
    }
  }

  allows(label: string, value: string): boolean {
    return this.targets.get(label)?.includes(value) ?? false;
  }

  /** The row an unmatched prediction of this value is charged to; undefined when the corpus cannot judge it. */
  labelFor(value: string): string | undefined {
    return this.reportLabel.get(value);
  }

  labels(): string[] {
    return [...this.targets.keys()].sort();
  }
}
