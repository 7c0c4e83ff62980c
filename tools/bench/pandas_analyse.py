"""The `npm run analyse` job in pandas, for the --big bench: read the CSV, score, write the client table.

Usage: python3 pandas_analyse.py SALES.csv OUT.csv
SALES.csv has the columns client,date,amount (ISO dates). Reading is part of the
job, as it is for `npm run analyse`. Same conventions as pandas_rfm.py
(returns netted, quantile scores with 5 classes, classic segments, ABC 80/95),
whose functions it reuses; the segment rules come from RULES.json beside OUT.csv.
"""
import json
import sys

import numpy as np
import pandas as pd

from pandas_rfm import abc_classes, aggregate, quantile_scores, segments


def main():
    source, out, rules = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(rules, encoding="utf-8") as handle:
        settings = json.load(handle)
    sales = pd.read_csv(source, dtype={"client": str, "amount": np.float64}, parse_dates=["date"])
    sales["day"] = (sales["date"] - pd.Timestamp("1970-01-01")).dt.days
    lines = aggregate(sales)
    lines = lines[lines["purchases"] > 0]
    as_of = sales["day"].max()
    n = settings["n"]
    lines["days_since"] = as_of - lines["last_day"]
    lines["r"], _ = quantile_scores(lines["days_since"], n, False)
    lines["f"], _ = quantile_scores(lines["purchases"], n, True)
    lines["m"], _ = quantile_scores(lines["amount"], n, True)
    lines["code"] = 100 * lines["r"] + 10 * lines["f"] + lines["m"]
    lines["segment"] = segments(lines["r"].to_numpy(), lines["f"].to_numpy(), lines["m"].to_numpy(), settings)
    lines["abc"] = abc_classes(lines["amount"], settings["aShare"], settings["bShare"])
    lines.to_csv(out)
    print(len(lines))


if __name__ == "__main__":
    main()
