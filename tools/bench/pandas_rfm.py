"""The bench's core job in pandas, for a side-by-side comparison (the core must be at least as fast).

Usage: python3 pandas_rfm.py CONFIG.json  →  prints one JSON object on stdout.

CONFIG: {"settings": {"n", "aShare", "bShare", "rules": [{"segment", "r", "f", "m"}], "others"},
         "logs": [{"csv", "asOfDay", "warmUps", "runs"}]}
Each CSV has the columns client,day,amount (one row per sale, day = day number,
negative amount = a return). The CSV parse is not timed; the job is: group by
client (last purchase day, purchases, net amount, in order of first
appearance), recency, PERCENTILE.INC breakpoints and scores, segments, ABC by
cumulative sum. Same conventions as src/core (see the comments below).
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def aggregate(sales):
    """One line per client: last purchase day, purchases, net amount.

    Returns lower the amount but are not purchases and do not move the last
    purchase day; a client with only returns keeps the day of their last row.
    """
    is_purchase = sales["amount"] >= 0
    grouped = sales.assign(
        purchase_day=sales["day"].where(is_purchase),
        is_purchase=is_purchase,
    ).groupby("client", sort=False)
    lines = grouped.agg(
        last_purchase=("purchase_day", "max"),
        last_row=("day", "max"),
        purchases=("is_purchase", "sum"),
        amount=("amount", "sum"),
    )
    lines["last_day"] = lines["last_purchase"].fillna(lines["last_row"])
    return lines


def quantile_scores(values, n, higher_is_better):
    """Breakpoints q_k = PERCENTILE.INC(values, k/n) (pandas' default linear quantile).

    higher is better: 1 + #{k : v > q_k}; lower is better: n - #{k : v > q_k}.
    """
    breakpoints = values.quantile([k / n for k in range(1, n)]).to_numpy()
    passed = np.searchsorted(breakpoints, values.to_numpy(), side="left")
    return (1 + passed if higher_is_better else n - passed), breakpoints


def segments(r, f, m, settings):
    """The first rule whose score ranges hold (r, f, m), else the others segment."""
    conditions = [
        (r >= rule["r"][0]) & (r <= rule["r"][1])
        & (f >= rule["f"][0]) & (f <= rule["f"][1])
        & (m >= rule["m"][0]) & (m <= rule["m"][1])
        for rule in settings["rules"]
    ]
    names = [rule["segment"] for rule in settings["rules"]]
    return np.select(conditions, names, default=settings["others"])


def abc_classes(amounts, a_share, b_share):
    """A while the clients ranked before make less than a_share of the positive total, then B, then C.

    Ranked by amount descending, ties in row order; equal amounts share the
    better class; amounts <= 0 are C and add nothing.
    """
    values = amounts.to_numpy()
    positive = np.clip(values, 0, None)
    total = positive.sum()
    order = np.argsort(-values, kind="stable")
    ranked = values[order]
    before = np.cumsum(positive[order]) - positive[order]
    run_start = np.r_[True, ranked[1:] != ranked[:-1]]
    before = before[np.maximum.accumulate(np.where(run_start, np.arange(len(ranked)), 0))]
    tolerance = total * 1e-12
    ranked_classes = np.where(
        ranked <= 0, "C",
        np.where(before < a_share * total - tolerance, "A",
                 np.where(before < b_share * total - tolerance, "B", "C")))
    classes = np.empty(len(values), dtype=ranked_classes.dtype)
    classes[order] = ranked_classes
    return classes


def core_job(sales, as_of_day, settings):
    """The whole job: the scored client table and the breakpoints."""
    n = settings["n"]
    lines = aggregate(sales)
    lines["recency"] = as_of_day - lines["last_day"]
    lines["r"], r_breaks = quantile_scores(lines["recency"], n, False)
    lines["f"], f_breaks = quantile_scores(lines["purchases"], n, True)
    lines["m"], m_breaks = quantile_scores(lines["amount"], n, True)
    lines["code"] = 100 * lines["r"] + 10 * lines["f"] + lines["m"]
    lines["segment"] = segments(lines["r"].to_numpy(), lines["f"].to_numpy(), lines["m"].to_numpy(), settings)
    lines["abc"] = abc_classes(lines["amount"], settings["aShare"], settings["bShare"])
    return lines, {"r": r_breaks.tolist(), "f": f_breaks.tolist(), "m": m_breaks.tolist()}


def counts(series, keys):
    found = series.value_counts()
    return [int(found.get(key, 0)) for key in keys]


def summary(lines, thresholds, settings):
    """What the JavaScript side compares: score, class and segment counts, breakpoints."""
    scores = range(1, settings["n"] + 1)
    segment_counts = lines["segment"].value_counts()
    return {
        "clients": int(len(lines)),
        "r": counts(lines["r"], scores),
        "f": counts(lines["f"], scores),
        "m": counts(lines["m"], scores),
        "abc": counts(lines["abc"], ["A", "B", "C"]),
        "segments": {name: int(count) for name, count in segment_counts.items()},
        "thresholds": thresholds,
    }


def bench(log, settings):
    sales = pd.read_csv(log["csv"], dtype={"client": str, "day": np.int64, "amount": np.float64},
                        float_precision="round_trip")
    for _ in range(log["warmUps"]):
        core_job(sales, log["asOfDay"], settings)
    durations = []
    for _ in range(log["runs"]):
        start = time.perf_counter()
        lines, thresholds = core_job(sales, log["asOfDay"], settings)
        durations.append((time.perf_counter() - start) * 1000)
    return {
        "rows": int(len(sales)),
        "medianMs": float(np.median(durations)),
        "runs": log["runs"],
        "summary": summary(lines, thresholds, settings),
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        config = json.load(handle)
    results = [bench(log, config["settings"]) for log in config["logs"]]
    json.dump({"pandas": pd.__version__, "numpy": np.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
