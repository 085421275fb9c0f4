import FocusNetEvaluation
/// The report's only style sheet, inline in the document: system fonts (no web font), print
/// rules that keep colours, repeat table headers and avoid splitting a picture across pages.
enum ReportStyle {
    static let css = """

        :root { --ink: #1b1f24; --muted: #5b6570; --rule: #d5dbe1; --blue: #1f4e79; --orange: #e67e22; --red: #c0392b; --amber: #f0b400; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        header.banner { background: var(--blue); color: #fff; padding: 16px 28px 14px; }
        header .brand { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; opacity: .8; }
        header h1 { margin: 2px 0 4px; font-size: 26px; }
        header .sub { margin: 0; opacity: .92; }
        main { max-width: 1120px; margin: 0 auto; padding: 8px 28px 40px; }
        footer { max-width: 1120px; margin: 0 auto; padding: 12px 28px 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); }
        h2 { font-size: 20px; margin: 30px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--blue); }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        nav { font-size: 13px; margin: 10px 0 4px; color: var(--muted); }
        nav a { color: var(--blue); }
        .sensitive { background: #fff4e5; border-left: 5px solid var(--orange); padding: 8px 12px; margin: 14px 0 6px; }
        .missing { background: #f6f6f6; border-left: 5px solid #9aa5b1; padding: 8px 12px; margin: 14px 0; }
        .missing ul { margin: 4px 0 0; padding-left: 20px; }
        .purpose { background: #eef4fa; border-left: 5px solid var(--blue); padding: 8px 12px; margin: 14px 0; }
        .caption, figcaption { color: var(--muted); font-size: 12.5px; margin: 4px 0 8px; }
        .headline { font-size: 15px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
        .card .k { color: var(--muted); font-size: 12px; }
        .card .v { font-size: 22px; font-weight: 650; }
        .card .note { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 4px 0 10px; }
        th, td { text-align: left; padding: 4px 7px; border-bottom: 1px solid var(--rule); vertical-align: top; }
        thead th { background: #f3f5f7; border-bottom: 2px solid #b9c2cb; font-weight: 600; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.kv th { width: 210px; font-weight: 600; background: none; }
        table.small { font-size: 12px; }
        td.id, span.id { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 12px; word-break: break-all; }
        td.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted); }
        td.reasons { font-size: 12px; max-width: 430px; }
        td.score { white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.flagged td { background: #fff8e1; }
        .badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11.5px; white-space: nowrap; }
        .badge.amber { background: #ffe9a8; color: #6b4e00; border: 1px solid #e6c350; }
        .badge.grey { background: #eceff1; color: #455a64; border: 1px solid #cfd8dc; }
        .ci { color: var(--muted); font-size: 11px; }
        .muted { color: var(--muted); }
        figure { margin: 8px 0 14px; break-inside: avoid; }
        figure.overview { border: 1px solid var(--rule); border-radius: 6px; padding: 4px; }
        svg.net, svg.chart { width: 100%; height: auto; display: block; }
        svg.legend { width: 100%; max-width: 970px; height: auto; display: block; margin: 4px 0; }
        svg.swatch { width: 34px; height: 10px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 6px 18px; }
        .ego-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
        .ego { border: 1px solid var(--rule); border-radius: 6px; padding: 6px 8px 8px; break-inside: avoid; }
        .ego-head { font-size: 13px; }
        .ego-head .rankno { font-weight: 700; color: var(--blue); font-size: 15px; }
        .ego-facts, .ego-path, .ego-alters { font-size: 12px; margin-top: 3px; }
        .ego-path { color: #7b241c; }
        .ego-alters { color: var(--muted); word-break: break-word; }
        .legend-row { font-size: 12px; color: var(--muted); }
        .legend-row .sw { display: inline-block; width: 12px; height: 10px; margin: 0 4px 0 12px; vertical-align: middle; }
        ul.notes { font-size: 13px; }
        table.models { width: auto; }
        table.models td { border: none; padding: 2px 6px; }
        table.narrow { width: auto; min-width: 50%; }
        svg line.co { stroke: #4d5660; stroke-opacity: .75; stroke-linecap: round; }
        svg line.member { stroke: var(--orange); stroke-width: 1.3; stroke-dasharray: 4 3; stroke-opacity: .9; }
        svg circle.listed, svg circle.focus { fill: var(--blue); stroke: #0e2a45; stroke-width: 1; }
        svg circle.focus { stroke: #0e2a45; stroke-width: 3.5; }
        svg circle.other { fill: #b8c2cc; stroke: #7b8793; stroke-width: 1; }
        svg circle.excluded { fill: #fff; stroke: #7b8793; stroke-width: 1.2; stroke-dasharray: 2 1.5; }
        svg circle.victim { stroke: var(--red); stroke-width: 3; stroke-dasharray: none; }
        svg circle.juvenile { fill: var(--amber); stroke: #7a5a00; stroke-width: .8; }
        svg rect.group { fill: var(--orange); stroke: #8a4b08; stroke-width: 1; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
        svg text.nlabel { fill: #fff; font-weight: 700; text-anchor: middle; }
        svg text.glabel { fill: #6e3b06; font-size: 11px; font-weight: 650; }
        svg text.ltext { fill: var(--ink); font-size: 12px; }
        svg text.ctitle { font-size: 13px; font-weight: 650; fill: var(--ink); }
        svg text.tick, svg text.blabel { font-size: 10.5px; fill: var(--muted); }
        svg text.alabel { font-size: 11px; fill: var(--ink); }
        svg text.mlabel { font-size: 10px; fill: #8a4b08; }
        svg line.grid { stroke: #e6eaee; stroke-width: 1; }
        svg rect.frame { fill: none; stroke: #9aa5b1; stroke-width: 1; }
        svg line.marker { stroke: #d08a3a; stroke-width: 1; stroke-dasharray: 3 3; }
        svg line.diagonal { stroke: #999; stroke-width: 1; stroke-dasharray: 4 4; }
        .controls { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 8px 0 4px; font-size: 13px; }
        .controls[hidden], .person-card[hidden], tr[hidden] { display: none; }
        .controls input, .controls select, .controls button { font: inherit; padding: 2px 6px; }
        .controls .caption { flex-basis: 100%; margin: 0; }
        button.linkish { background: none; border: none; color: var(--blue); text-decoration: underline; cursor: pointer; padding: 0; }
        tr.clickable { cursor: pointer; }
        tr.clickable:hover td, tr.clickable:focus td { background: #eef4fa; }
        .person-card { position: fixed; top: 12px; right: 12px; bottom: 12px; width: min(440px, 92vw); overflow-y: auto; background: #fff;
          border: 1px solid #9aa5b1; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.22); padding: 10px 14px 14px; z-index: 10; font-size: 13px; }
        .person-card h3 { margin: 4px 0 6px; font-size: 16px; }
        .person-card h4 { margin: 10px 0 4px; font-size: 13.5px; }
        .person-card .close { float: right; font: inherit; }
        .person-card dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
        .person-card dt { color: var(--muted); }
        .person-card dd { margin: 0; }
        .person-card p.reasons { font-size: 12.5px; margin: 0; }
        .person-card svg.net { max-width: 400px; border: 1px solid var(--rule); border-radius: 6px; }
        table.timeline tr.event-victimization td { color: #7b241c; font-weight: 600; }
        table.timeline td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        @media print {
          .controls, .person-card { display: none; }
          @page { size: A4; margin: 14mm 12mm; }
          body { font-size: 10.5px; }
          header.banner { padding: 10px 14px; }
          main, footer { max-width: none; padding-left: 0; padding-right: 0; }
          nav { display: none; }
          h2 { break-after: avoid; margin-top: 18px; }
          h3 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, .card, .ego, figure { break-inside: avoid; }
          .ego-grid { grid-template-columns: repeat(3, 1fr); gap: 8px; }
          .charts { grid-template-columns: repeat(2, 1fr); }
          a { color: inherit; text-decoration: none; }
          table { font-size: 10px; }
          td.reasons { font-size: 9.5px; }
        }

        """
}
