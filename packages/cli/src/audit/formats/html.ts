import type { AuditReport, AuditedInvitation } from '../report.js';
import type { AuditWords } from '../words.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value that reaches the page goes through here: messages are strangers' text. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const CHART = { width: 640, height: 220, top: 16, bottom: 44, left: 40, right: 12 } as const;

/**
 * One self-contained page: no scripts, no network, no fonts. The charts are inline SVG drawn
 * here, so the page shows the same with JavaScript off. Given in pieces (the page's head, a row
 * at a time, its end): a 50,000-row page is tens of megabytes, and its writer need not hold it
 * all at once, nor the report its rows (they are read again as the pieces are asked for).
 */
export function* auditHtml(report: AuditReport, words: AuditWords, lang: string): Generator<string> {
  const { summary } = report;
  const figures: [string, number][] = [];
  if (summary.outgoing) {
    const o = summary.outgoing;
    figures.push([words.outgoing, o.total], [words.empty, o.empty], [words.stockText, o.stockText], [words.noReason, o.noReason], [words.over200, o.over200], [words.over300, o.over300]);
  }
  if (summary.incoming) {
    const i = summary.incoming;
    figures.push([words.incoming, i.total], [words.withReason, i.withReason], [words.withContact, i.withSharedContactOrContext]);
  }
  const months = monthSeries(report);
  const lengthBars = Object.entries(summary.lengths).map(([label, count]) => ({ label, values: [count] }));
  yield `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(words.title)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2330; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
.figures li { border: 1px solid #d5dae3; border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; }
.figures strong { display: block; font-size: 1.5rem; }
.charts { display: flex; flex-wrap: wrap; gap: 2rem; }
figure { margin: 0; }
svg text { font: 11px system-ui, sans-serif; fill: #4a5263; }
.outgoing { fill: #2f6fd0; } .incoming { fill: #d07a2f; } .length { fill: #5b6b85; }
.legend { display: inline-block; width: .8em; height: .8em; margin: 0 .3em 0 .8em; border-radius: 2px; }
.legend.outgoing { background: #2f6fd0; } .legend.incoming { background: #d07a2f; } .limit { stroke: #c0392b; stroke-dasharray: 4 3; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e3e7ee; padding: .4rem .5rem; }
td.message { white-space: pre-wrap; max-width: 32rem; }
td.score { text-align: right; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<h1>${escapeHtml(words.title)}</h1>
<ul class="figures">${figures.map(([label, value]) => `<li><strong>${escapeHtml(value)}</strong>${escapeHtml(label)}</li>`).join('')}</ul>
<div class="charts">
<figure id="by-month"><figcaption>${escapeHtml(words.byMonth)}${months.series.map((name) => `<span class="legend ${name}"></span>${escapeHtml(name === 'outgoing' ? words.outgoing : words.incoming)}`).join('')}</figcaption>${barChart(months.bars, months.series)}</figure>
<figure id="lengths"><figcaption>${escapeHtml(words.lengths)}</figcaption>${barChart(lengthBars, ['length'], [200, 300])}</figure>
</div>
<table id="invitations">
<thead><tr><th>${escapeHtml(words.rank)}</th><th>${escapeHtml(words.direction)}</th><th>${escapeHtml(words.from)}</th><th>${escapeHtml(words.to)}</th><th>${escapeHtml(words.sentAt)}</th><th>${escapeHtml(words.score)}</th><th>${escapeHtml(words.why)}</th><th>${escapeHtml(words.findings)}</th><th>${escapeHtml(words.message)}</th></tr></thead>
<tbody>
`;
  yield* tableRows(report.invitations(), words);
  yield `</tbody>
</table>
</body>
</html>
`;
}

function* tableRows(invitations: Iterable<AuditedInvitation>, words: AuditWords): Generator<string> {
  let rank = 0;
  for (const invitation of invitations) {
    const shownRank = invitation.direction === 'incoming' ? String(++rank) : '';
    const findings = invitation.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).join('\n');
    const cells = [
      shownRank,
      invitation.direction === 'incoming' ? words.incoming : words.outgoing,
      invitation.from,
      invitation.to,
      invitation.sentAt?.replace('T', ' ') ?? words.noDate,
    ];
    yield `<tr class="${invitation.direction}">${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}<td class="score">${invitation.score}</td><td>${escapeHtml(invitation.why)}</td><td class="message">${escapeHtml(findings)}</td><td class="message">${escapeHtml(invitation.message)}</td></tr>\n`;
  }
}

function monthSeries(report: AuditReport): { bars: { label: string; values: number[] }[]; series: string[] } {
  const series = [report.summary.outgoing ? 'outgoing' : undefined, report.summary.incoming ? 'incoming' : undefined].filter((name): name is string => name !== undefined);
  const counts = series.map((name) => (name === 'outgoing' ? report.summary.outgoing?.byMonth : report.summary.incoming?.byMonth) ?? {});
  const months = [...new Set(counts.flatMap((byMonth) => Object.keys(byMonth)))].sort();
  return { bars: months.map((month) => ({ label: month, values: counts.map((byMonth) => byMonth[month] ?? 0) })), series };
}

/** Grouped bars, one group per label, one bar per series; `marks` are dashed lines at label values. */
function barChart(bars: readonly { label: string; values: number[] }[], series: readonly string[], marks: readonly number[] = []): string {
  const { width, height, top, bottom, left, right } = CHART;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...bars.flatMap((bar) => bar.values));
  const group = (width - left - right) / Math.max(1, bars.length);
  const barWidth = Math.max(2, (group * 0.8) / Math.max(1, series.length));
  const parts: string[] = [`<line x1="${left}" y1="${top + plotHeight}" x2="${width - right}" y2="${top + plotHeight}" stroke="#9aa3b2"/>`, `<text x="4" y="${top + 8}">${max}</text>`];
  bars.forEach((bar, index) => {
    const x0 = left + index * group + group * 0.1;
    bar.values.forEach((value, s) => {
      const barHeight = (value / max) * plotHeight;
      parts.push(`<rect class="${escapeHtml(series[s] ?? '')}" x="${(x0 + s * barWidth).toFixed(1)}" y="${(top + plotHeight - barHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}"><title>${escapeHtml(`${bar.label}: ${value}`)}</title></rect>`);
    });
    parts.push(`<text x="${(left + index * group + group / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(bar.label)}</text>`);
  });
  for (const mark of marks) {
    // Buckets are 50 characters wide: the limit falls at the start of its bucket.
    const index = bars.findIndex((bar) => bar.label.startsWith(`${mark}`));
    if (index === -1) continue;
    const x = (left + index * group).toFixed(1);
    parts.push(`<line class="limit" x1="${x}" y1="${top}" x2="${x}" y2="${top + plotHeight}"/><text x="${x}" y="${height - 6}" text-anchor="middle">${mark}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${parts.join('')}</svg>`;
}
