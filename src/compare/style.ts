// The compare page's stylesheet, served from the gateway itself (`style-src 'self'`): a calm
// light theme, system fonts, right-aligned tabular numbers. Kept in TypeScript so the build ships it.
// A rule too long for one source line ends its first line with `\`: a template literal's line
// continuation, which leaves neither the backslash nor the newline in the stylesheet.
export const stylesheet = `
:root {
  --ink: #1f2933; --muted: #616e7c; --faint: #9aa5b1; --line: #e4e7eb; --page: #f5f7fa; --card: #fff;
  --candidate: #2f6db5; --candidate-light: #c5d8f0; --baseline: #7b8794; --baseline-light: #dde1e6;
  --good: #2f855a; --good-bg: #e6f4ea; --bad: #c0392b; --bad-bg: #fdecea; --unclear: #9aa5b1; --warn-bg: #fff8e6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--candidate); text-decoration-thickness: 1px; text-underline-offset: 2px; }
code { font: 0.9em ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
.wrap { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
.masthead { background: var(--card); border-bottom: 1px solid var(--line); }
.masthead .wrap { display: flex; align-items: baseline; gap: 14px; padding-top: 12px; padding-bottom: 12px; }
.brand { font-weight: 700; font-size: 17px; color: var(--ink); text-decoration: none; letter-spacing: 0.01em; }
.tagline { color: var(--muted); font-size: 13px; }
main { padding-top: 8px; padding-bottom: 24px; }
footer { color: var(--faint); font-size: 13px; padding-bottom: 32px; }
footer a { color: var(--muted); }
h1 { font-size: 28px; line-height: 1.2; margin: 24px 0 6px; font-weight: 650; }
h1 .vs { color: var(--muted); font-weight: 400; }
h2 { font-size: 18px; margin: 0 0 14px; font-weight: 620; }
h3 { font-size: 15px; margin: 0; }
.lede { color: var(--muted); margin: 0 0 12px; max-width: 80ch; }
.configs { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 18px; font-size: 14px; }
.configs div { display: flex; gap: 8px; }
.configs dt { font-weight: 600; }
.configs dd { margin: 0; color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 24px; margin: 16px 0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 0 16px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 16px 0; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; border-top: 3px solid var(--line); }
.figure.faster { border-top-color: var(--good); }
.figure.slower { border-top-color: var(--bad); }
.figure-label { color: var(--muted); font-size: 13px; }
.figure-value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.3; }
.figure-detail { color: var(--muted); font-size: 13px; font-variant-numeric: tabular-nums; }
.summary p { margin: 0; font-size: 16px; max-width: 85ch; }
table { width: 100%; max-width: 860px; border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 14px; }
th, td { padding: 7px 10px; text-align: left; border-bottom: 1px solid var(--line); vertical-align: baseline; }
thead th { font-weight: 600; color: var(--muted); font-size: 13px; border-bottom: 1px solid #cbd2d9; white-space: nowrap; }
tbody th { font-weight: 500; }
.num { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 650; border-top: 1px solid #cbd2d9; border-bottom: 0; }
td.muted, .muted { color: var(--muted); }
td.speedup.faster { color: var(--good); font-weight: 600; }
td.speedup.slower { color: var(--bad); font-weight: 600; }
td.speedup.unclear { color: var(--muted); }
td.good { color: var(--good); }
td.bad, .bad { color: var(--bad); }
tr.flagged td { background: var(--bad-bg); }
.note { color: var(--muted); font-size: 13px; margin: 10px 0 0; max-width: 90ch; }
figure { margin: 22px 0 0; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; max-width: 90ch; }
svg.chart { display: block; width: 100%; max-width: 860px; height: auto; overflow: visible; }
svg.chart text { fill: var(--ink); font-size: 12px; font-variant-numeric: tabular-nums; }
svg.chart text.label { font-size: 13px; }
svg.chart text.note, svg.chart text.axis { fill: var(--muted); font-size: 11px; }
svg.chart text.value { fill: var(--muted); }
svg.chart .total text.label, svg.chart .total text.value { font-weight: 650; fill: var(--ink); }
.bar.candidate, .swatch.candidate { fill: var(--candidate); }
.bar.baseline, .swatch.baseline { fill: var(--baseline); }
.bar.candidate.reserved { fill: var(--candidate-light); }
.bar.baseline.reserved { fill: var(--baseline-light); }
.swatch.candidate-light { fill: var(--candidate-light); }
.swatch.baseline-light { fill: var(--baseline-light); }
.bar.faster { fill: var(--good); }
.bar.slower { fill: var(--bad); }
.bar.unclear { fill: var(--unclear); }
.grid { stroke: var(--line); stroke-width: 1; }
.reference { stroke: var(--ink); stroke-width: 1.25; stroke-dasharray: 4 3; }
.rule { stroke: #cbd2d9; stroke-width: 1; }
.whisker { stroke: var(--ink); stroke-width: 1.25; fill: none; }
.point.denoising { fill: var(--candidate); }
.point.total { fill: var(--baseline); }
line.crossover { stroke: var(--bad); stroke-width: 1.25; stroke-dasharray: 6 3; }
tr.current th, tr.current td { font-weight: 650; }
ul.crossovers { margin: 10px 0 0; padding-left: 20px; color: var(--ink); }
svg.progress { display: block; width: 100%; height: 12px; margin: 12px 0 4px; }
svg.progress .track { fill: #e9edf2; }
svg.progress .fill { fill: var(--candidate); }
.status-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 18px; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 9px; border-radius: 999px; \
background: #e9edf2; color: var(--ink); text-transform: capitalize; font-variant-numeric: tabular-nums; }
.badge.running { background: #e3edf9; color: var(--candidate); }
.badge.completed { background: var(--good-bg); color: var(--good); }
.badge.failed { background: var(--bad-bg); color: var(--bad); }
.badge.cancelled { background: var(--warn-bg); color: #8a6d1a; }
.error { color: var(--bad); background: var(--bad-bg); border-radius: 6px; padding: 8px 12px; margin: 12px 0 0; }
.frames { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; margin-top: 20px; }
.pair { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.pair.flagged { border: 2px solid var(--bad); background: #fffafa; }
.pair header { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; margin-bottom: 10px; }
.pair .error { margin: 0 0 10px; font-size: 13px; }
.frame-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.frame-pair figure { margin: 0; }
.frame-pair img { display: block; width: 100%; height: auto; border-radius: 4px; background: #e9edf2; }
.frame-pair figcaption { margin-top: 4px; }
.error-page h1 { margin-top: 0; }
`
