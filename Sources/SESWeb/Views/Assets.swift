/// The workspace's only style sheet and script, served by sesplan itself (`/static/app.css`,
/// `/static/app.js`): nothing is fetched from anywhere else, and the Content-Security-Policy
/// allows nothing else.
enum Assets {
    /// The style sheet: readable on a laptop screen, usable with the keyboard, printable.
    static let css = #"""
    :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad;
            --law: #8a1c1c; --law-bg: #fdecec; --policy: #6a4a00; --policy-bg: #fff6dd; --ok: #1a6b2f; --ok-bg: #e7f6ea; }
    * { box-sizing: border-box; }
    html { font-size: 16px; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
           color: var(--ink); background: #fff; line-height: 1.45; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f2b400; outline-offset: 1px; }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
    .skip:focus { left: .5rem; z-index: 10; }
    header.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding: .6rem 1.5rem;
                 border-bottom: 1px solid var(--line); background: var(--soft); }
    header.top .brand { font-weight: 700; text-decoration: none; color: var(--ink); font-size: 1.1rem; }
    header.top .who { margin-left: auto; color: var(--muted); font-size: .92rem; }
    nav.crumbs { font-size: .95rem; }
    nav.tabs { display: flex; flex-wrap: wrap; gap: .25rem; margin: 0 0 1.2rem; border-bottom: 1px solid var(--line); }
    nav.tabs a { padding: .45rem .8rem; text-decoration: none; border: 1px solid transparent; border-bottom: none;
                 border-radius: 6px 6px 0 0; color: var(--ink); }
    nav.tabs a[aria-current="page"] { border-color: var(--line); background: #fff; font-weight: 600; margin-bottom: -1px; }
    main { padding: 1.2rem 1.5rem 3rem; max-width: 1280px; }
    h1 { font-size: 1.6rem; margin: .2rem 0 .8rem; }
    h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; }
    h3 { font-size: 1.1rem; margin: 1.3rem 0 .5rem; }
    p.lead { font-size: 1.05rem; max-width: 60rem; }
    .muted { color: var(--muted); }
    .small { font-size: .9rem; }
    table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .93rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); }
    tbody tr:nth-child(even) td { background: #fbfcfd; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .wide { overflow-x: auto; max-width: 100%; }
    .badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .8rem; font-weight: 600;
             border: 1px solid currentColor; white-space: nowrap; }
    .badge.law { color: var(--law); background: var(--law-bg); }
    .badge.policy { color: var(--policy); background: var(--policy-bg); }
    .badge.guidance { color: var(--muted); background: var(--soft); }
    .badge.ok { color: var(--ok); background: var(--ok-bg); }
    .notice { border: 1px solid var(--line); border-left: 5px solid var(--accent); padding: .6rem .9rem; margin: .8rem 0;
              background: var(--soft); max-width: 70rem; }
    .notice.error { border-left-color: var(--law); background: var(--law-bg); }
    .notice.warn { border-left-color: #b7791f; background: var(--policy-bg); }
    .notice.ok { border-left-color: var(--ok); background: var(--ok-bg); }
    form.inline { display: inline; margin: 0; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: .6rem 1rem 1rem; }
    legend { font-weight: 600; padding: 0 .3rem; }
    label { font-weight: 500; }
    .field { margin: .5rem 0; }
    .field label { display: block; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .4rem 1.2rem; }
    input[type=text], input[type=number], input[type=date], select, textarea {
        font: inherit; padding: .3rem .4rem; border: 1px solid #8c959f; border-radius: 4px; max-width: 100%; }
    input[type=number] { width: 8rem; }
    textarea { width: 100%; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; }
    button, .button { font: inherit; padding: .35rem .8rem; border-radius: 5px; border: 1px solid #4a5560; background: #fff;
                      color: var(--ink); cursor: pointer; text-decoration: none; display: inline-block; }
    button.primary, .button.primary { background: var(--accent); color: #fff; border-color: var(--accent); font-weight: 600; }
    button.small { padding: .1rem .45rem; font-size: .85rem; }
    button.danger { border-color: var(--law); color: var(--law); }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0; }
    .cards { display: flex; flex-wrap: wrap; gap: 1rem; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: .7rem 1rem; min-width: 16rem; flex: 1 1 18rem; max-width: 26rem; }
    .card h3 { margin-top: 0; }
    table.moves { width: 100%; }
    table.moves tbody tr.move td { border-bottom: none; }
    table.moves tbody tr.detail td { border-top: none; font-size: .86rem; color: #30363d; background: #fbfcfd; padding-bottom: .5rem; }
    table.moves tbody tr:nth-child(even) td { background: inherit; }
    td.decide, .nowrap { white-space: nowrap; }
    td.decide form { display: inline-block; margin: 0 .15rem .15rem 0; }
    .bad-cell { background: var(--law-bg) !important; }
    .diff td { background: var(--policy-bg) !important; }
    progress { width: 22rem; max-width: 100%; height: 1.1rem; }
    ol.chain { margin: .2rem 0 .8rem; }
    pre.log { background: var(--soft); border: 1px solid var(--line); padding: .5rem; max-height: 14rem; overflow: auto;
              font-size: .85rem; white-space: pre-wrap; }
    .gantt { overflow-x: auto; border: 1px solid var(--line); padding: .4rem; background: #fff; }
    .gantt svg { max-width: none; }
    details { margin: .3rem 0; }
    summary { cursor: pointer; }
    footer { border-top: 1px solid var(--line); padding: .8rem 1.5rem; color: var(--muted); font-size: .85rem; }
    @media print {
      header.top, nav.tabs, .no-print, button, .skip, footer, input[type=file], datalist { display: none !important; }
      input[type=text], input[type=number], input[type=date], select, textarea { border: none; padding: 0; }
      main { padding: 0; max-width: none; }
      a { color: var(--ink); text-decoration: none; }
      table { font-size: 9pt; page-break-inside: auto; }
      tr { page-break-inside: avoid; }
      .wide { overflow: visible; }
      details > *:not(summary) { display: block; }
      .gantt { overflow: visible; border: none; }
    }
    """#

    /// The script: live progress of a run (polls its status URL; the page works without it and
    /// then refreshes itself). Nothing else on the page depends on scripts.
    static let js = #"""
    "use strict";
    (function () {
      var box = document.querySelector("[data-status-url]");
      if (!box) { return; }
      var url = box.getAttribute("data-status-url");
      var text = document.getElementById("progress-text");
      var bar = document.getElementById("progress-bar");
      var log = document.getElementById("progress-log");
      function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
          .then(function (r) { if (!r.ok) { throw new Error("status " + r.status); } return r.json(); })
          .then(function (s) {
            if (text) { text.textContent = s.summary; }
            if (bar && s.plansWanted > 0) { bar.max = s.plansWanted; bar.value = s.plansDone; }
            if (log) { log.textContent = s.lines.join("\n"); log.hidden = s.lines.length === 0; }
            if (s.finished) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
          })
          .catch(function () { window.setTimeout(poll, 3000); });
      }
      window.setTimeout(poll, 700);
    })();
    """#
}
