"""The report: ratios from the measurements, and the table `make bench` prints."""

from __future__ import annotations

import statistics
from typing import Any


def ratios(report: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    ceiling = report["argon2"]["ceiling_per_second"]
    for key, scenarios in report["service"].items():
        workers = key.split("/")[1]
        floor = report["floors"][workers]
        out[key] = {
            "me_over_bare_strawberry": [
                r["rps"] / r.get("bare_strawberry_rps", s["rps"])
                for r, s in zip(scenarios["me"], floor["strawberry"], strict=False)
            ],
            "me_by_id_over_bare_strawberry": [
                r["rps"] / r["bare_strawberry_rps"] for r in scenarios.get("me_by_id", [])
            ],
            # against the floors section's own runs, minutes away: reported, not the target's
            "me_over_floors_section_strawberry": [
                r["rps"] / s["rps"]
                for r, s in zip(scenarios["me"], floor["strawberry"], strict=False)
            ],
            # throughput of the bare lookup over the check's: at most 1.2 is the target
            "bare_lookup_over_check": [
                r["bare_lookup_rps"] / r["rps"] for r in scenarios.get("check", [])
            ],
            "login_over_argon2_ceiling": [
                r["rps"] / r.get("argon2_ceiling_per_second", ceiling) for r in scenarios["login"]
            ],
            "login_over_hasher_ceiling": [
                r["rps"] / r["argon2_hasher_ceiling_per_second"]
                for r in scenarios["login"]
                if "argon2_hasher_ceiling_per_second" in r
            ],
            "login_over_service_verify_ceiling": [
                r["rps"] / r["argon2_service_ceiling_per_second"]
                for r in scenarios["login"]
                if "argon2_service_ceiling_per_second" in r
            ],
            "flood_p99_over_idle_p99": [
                f["p99_ms"] / i["p99_ms"]
                for f, i in zip(scenarios["me_during_flood"], scenarios["me_idle_c4"], strict=False)
            ],
            "rss_growth_mb": scenarios["rss_mb_after_me"][1] - scenarios["rss_mb_after_me"][0],
        }
    if "flatness" in report:
        flat = report["flatness"]
        out["flatness_p50_large_over_small"] = [
            large["p50_ms"] / small["p50_ms"]
            for large, small in zip(flat["large"], flat["small"], strict=False)
        ]
    return out


def table(report: dict[str, Any]) -> str:
    rows = [["scenario", "backend/workers", "run 1", "run 2", "unit"]]

    def add(name: str, key: str, values: list[float], unit: str, fmt: str = "{:.0f}") -> None:
        cells = [fmt.format(v) for v in values] + ["-"] * (2 - len(values))
        rows.append([name, key, *cells[:2], unit])

    for workers, floor in report["floors"].items():
        add("bare Starlette JSON", f"-/{workers}", [r["rps"] for r in floor["starlette"]], "req/s")
        add(
            "bare Strawberry {__typename}",
            f"-/{workers}",
            [r["rps"] for r in floor["strawberry"]],
            "req/s",
        )
    for key, s in report["service"].items():
        add("me", key, [r["rps"] for r in s["me"]], "req/s")
        add(
            "bare Strawberry next to me",
            key,
            [r.get("bare_strawberry_rps", 0.0) for r in s["me"]],
            "req/s",
        )
        add("me p99 (c=16)", key, [r["p99_ms"] for r in s["me"]], "ms", "{:.2f}")
        if s.get("me_by_id"):
            add("me by trusted-document id", key, [r["rps"] for r in s["me_by_id"]], "req/s")
        add("login (production argon2)", key, [r["rps"] for r in s["login"]], "req/s", "{:.1f}")
        add(
            "argon2 ceiling next to login",
            key,
            [r["argon2_ceiling_per_second"] for r in s["login"]],
            "verifies/s",
            "{:.1f}",
        )
        add(
            "kept-memory verify ceiling next to login",
            key,
            [r.get("argon2_service_ceiling_per_second", 0.0) for r in s["login"]],
            "verifies/s",
            "{:.1f}",
        )
        add("registerUser", key, [r["rps"] for r in s["register"]], "req/s", "{:.1f}")
        add("login -> me -> logout", key, [r["rps"] for r in s["cycle"]], "req/s", "{:.1f}")
        add("me p99 idle (c=4)", key, [r["p99_ms"] for r in s["me_idle_c4"]], "ms", "{:.2f}")
        add(
            "me p99 during login flood",
            key,
            [r["p99_ms"] for r in s["me_during_flood"]],
            "ms",
            "{:.2f}",
        )
        add(
            "RSS per worker after me x2",
            key,
            [sum(s["rss_mb_after_me"]) / 2 / len(s["rss_mb_per_worker"])],
            "MiB",
            "{:.1f}",
        )
        add(
            "RSS per worker at the end",
            key,
            [statistics.fmean(s["rss_mb_per_worker_end"])],
            "MiB",
            "{:.1f}",
        )
    a = report["argon2"]
    rows.append(
        ["argon2 ceiling", a["parameters"], f"{a['ceiling_per_second']:.1f}", "-", "verifies/s"]
    )
    rows.append(
        [
            "kept-memory verify ceiling",
            a["parameters"],
            f"{a['service_ceiling_per_second']:.1f}",
            "-",
            "verifies/s",
        ]
    )
    if "flatness" in report:
        f = report["flatness"]
        add(
            "me p50 at 1k sessions",
            "postgresql/1",
            [r["p50_ms"] for r in f["small"]],
            "ms",
            "{:.3f}",
        )
        add(
            f"me p50 at {f['sessions'] // 1000}k sessions",
            "postgresql/1",
            [r["p50_ms"] for r in f["large"]],
            "ms",
            "{:.3f}",
        )
    rows.append(["", "", "", "", ""])
    rows.append(["ratio (target)", "backend/workers", "run 1", "run 2", ""])
    for key, r in report["ratios"].items():
        if key.startswith("flatness"):
            continue
        add("me (text) / bare Strawberry", key, r["me_over_bare_strawberry"], "x", "{:.2f}")
        if r.get("me_by_id_over_bare_strawberry"):
            add(
                "me by id / bare Strawberry (>= 2.5)",
                key,
                r["me_by_id_over_bare_strawberry"],
                "x",
                "{:.2f}",
            )
        if "me_over_floors_section_strawberry" in r:
            add(
                "me / floors-section Strawberry",
                key,
                r["me_over_floors_section_strawberry"],
                "x",
                "{:.2f}",
            )
        if r.get("bare_lookup_over_check"):
            add(
                "bare lookup / auth/check (<= 1.2)",
                key,
                r["bare_lookup_over_check"],
                "x",
                "{:.2f}",
            )
        add("login / argon2 ceiling (>= 0.95)", key, r["login_over_argon2_ceiling"], "x", "{:.2f}")
        if "login_over_hasher_ceiling" in r:
            add(
                f"login / {report['argon2'].get('hasher', 'hasher')} ceiling (in use)",
                key,
                r["login_over_hasher_ceiling"],
                "x",
                "{:.2f}",
            )
        add(
            "login / kept-memory verify ceiling",
            key,
            r["login_over_service_verify_ceiling"],
            "x",
            "{:.2f}",
        )
        add("flood p99 / idle p99 (<= 5)", key, r["flood_p99_over_idle_p99"], "x", "{:.2f}")
        add("RSS growth between me runs", key, [r["rss_growth_mb"]], "MiB", "{:+.1f}")
    if "flatness_p50_large_over_small" in report["ratios"]:
        add(
            f"p50 {report['flatness']['sessions'] // 1000}k / p50 1k (<= 1.2)",
            "postgresql/1",
            report["ratios"]["flatness_p50_large_over_small"],
            "x",
            "{:.2f}",
        )
    if "soak" in report:
        soak = report["soak"]
        rows.append(["", "", "", "", ""])
        rows.append(["soak (PostgreSQL, 2 workers)", "start", "end", "", ""])
        rows.append(["requests / errors (0)", f"{soak['requests']}", f"{soak['errors']}", "", ""])
        for start, end in zip(soak["workers_start"], soak["workers_end"], strict=False):
            rows.append(
                [f"worker RSS (pid {start['pid']})", start["rss_mb"], end["rss_mb"], "", "MiB"]
            )
            rows.append(
                [f"worker fds (pid {start['pid']})", start["open_fds"], end["open_fds"], "", ""]
            )
    widths = [max(len(str(row[i])) for row in rows) for i in range(5)]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip()
        for row in rows
    )
