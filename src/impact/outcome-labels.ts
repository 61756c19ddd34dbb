// The backtest compares each event's base and proposed outcomes as sets. Doing
// that with strings (collect, sort, join) per event and side dominated a replay
// of 100,000 events; here an outcome set is built as a number (a bit per outcome
// while there are at most 30) and each distinct set is turned into its label once.

const MAX_MASK_OUTCOMES = 30;

/**
 * Interns the outcome sets of one event: `begin()`, `addRule(i)` for each
 * matched rule (its index in the constructor's list), then `end()` gives the
 * set's label id. Equal labels get equal ids, so comparing two sets is
 * comparing two numbers.
 */
export class OutcomeSets {
  /** Outcome id → name; ids follow the names' sort order, so a label lists ids in order. */
  private readonly names: string[];
  private readonly idOf = new Map<string, number>();
  private readonly useMask: boolean;
  private mask = 0;
  /** Beyond 30 outcomes: which ids the current set holds (a stamp per id, no clearing). */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly labelBySet = new Map<number | string, number>();
  private readonly labelIds = new Map<string, number>();
  readonly labels: string[] = [];

  /** Per rule: its outcomes' ids, and as a bit mask while there are at most 30 outcomes. */
  private readonly ruleIds: number[][];
  private readonly ruleMasks: Int32Array;

  constructor(
    ruleOutcomes: readonly (readonly string[])[],
    private readonly none: string,
  ) {
    this.names = [...new Set(ruleOutcomes.flat())].sort();
    this.names.forEach((name, id) => this.idOf.set(name, id));
    this.useMask = this.names.length <= MAX_MASK_OUTCOMES;
    this.seen = new Uint32Array(this.useMask ? 0 : this.names.length);
    this.ruleIds = ruleOutcomes.map((outcomes) => outcomes.map((o) => this.idOf.get(o)!));
    this.ruleMasks = Int32Array.from(this.ruleIds, (ids) =>
      this.useMask ? ids.reduce((mask, id) => mask | (1 << id), 0) : 0,
    );
  }

  /** The label id of a label text (for answers that are not a set, like "uncertain"). */
  labelId(label: string): number {
    let id = this.labelIds.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.labels.push(label);
      this.labelIds.set(label, id);
    }
    return id;
  }

  begin(): void {
    this.mask = 0;
    this.stamp++;
  }

  addRule(rule: number): void {
    if (this.useMask) this.mask |= this.ruleMasks[rule]!;
    else for (const id of this.ruleIds[rule]!) this.seen[id] = this.stamp;
  }

  end(): number {
    const key = this.useMask ? this.mask : this.currentIds().join(',');
    let label = this.labelBySet.get(key);
    if (label === undefined) {
      const ids = this.useMask ? this.maskIds() : this.currentIds();
      label = this.labelId(ids.length ? ids.map((i) => this.names[i]!).join(', ') : this.none);
      this.labelBySet.set(key, label);
    }
    return label;
  }

  private maskIds(): number[] {
    return this.names.flatMap((_, id) => (this.mask & (1 << id) ? [id] : []));
  }

  private currentIds(): number[] {
    const ids: number[] = [];
    for (let id = 0; id < this.seen.length; id++) if (this.seen[id] === this.stamp) ids.push(id);
    return ids;
  }
}
