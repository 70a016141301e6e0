/* accord workbench: draws the pages' charts from their JSON data blocks with Vega-Lite.
 * No inline script anywhere: this file is the only page code, and the Content-Security-Policy
 * allows scripts from this server's /static only. Vega runs with its expression interpreter
 * (no eval). Text from scenarios reaches the DOM only through textContent or Vega's escaping. */
(function () {
  'use strict';

  function pageData() {
    var el = document.getElementById('page-data');
    return el ? JSON.parse(el.textContent) : null;
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  /* An address of the workbench: the path under the prefix a proxy serves it under
   * (accord serve --root-path; '' at the server's root), which the page's meta tag names. */
  function url(path) {
    var meta = document.querySelector('meta[name="root-path"]');
    return (meta ? meta.getAttribute('content') : '') + path;
  }

  var VEGA_LITE = 'https://vega.github.io/schema/vega-lite/v6.json';

  /* One small chart per issue, `columns` to a row, each drawn by `spec` from its issue's rows;
   * `resolve` (optional) says which scales each chart keeps to itself. The trajectory, ensemble,
   * tornado and ledger charts all lay out their issues this way. */
  function perIssue(rows, columns, resolve, spec) {
    var out = { $schema: VEGA_LITE, data: { values: rows },
                facet: { field: 'issue', type: 'nominal', title: null }, columns: columns };
    if (resolve) { out.resolve = { scale: resolve }; }
    out.spec = spec;
    return out;
  }

  /* A Vega-Lite transform that writes the probability in `field` as the command line prints a
   * p(agreement) or a member's vote (accord.text.probability_text(p, 2, exact_one=True)) into
   * `as`, for a tooltip: '> 0.99' where two decimals would read 1.00, '< 0.01' where a figure
   * above 0 would read 0.00, an exact 1 as 1.00. Python rounds a tie to even and toFixed (d3's
   * '.2f') up: at two decimals the only ties a double can hold are k/8, and two of them differ
   * (0.125: 0.12, 0.625: 0.62). Session 46: the charts printed '.2f' (0.996 as 1.00) where
   * the tables said '> 0.99'. A transform, so the rows saved with a chart stay the figures. */
  function probabilityText(field, as) {
    var p = 'datum[' + JSON.stringify(field) + ']';
    var shown = 'format(' + p + ", '.2f')";
    return {
      calculate: '!isFinite(' + p + ') ? null : ' + p + ' === 1 ? ' + shown + ' : ' +
                 p + " === 0.125 ? '0.12' : " + p + " === 0.625 ? '0.62' : " +
                 'toNumber(' + shown + ") >= 1 ? '> 0.99' : " +
                 p + ' > 0 && toNumber(' + shown + ") === 0 ? '< 0.01' : " + shown,
      as: as
    };
  }

  /* Every array of rows a spec carries (its data.values, at any depth): the data behind it. */
  function specRows(spec) {
    var rows = [];
    (function walk(node) {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (!node || typeof node !== 'object') { return; }
      if (node.data && Array.isArray(node.data.values)) {
        node.data.values.forEach(function (r) {
          if (r && typeof r === 'object' && !Array.isArray(r)) { rows.push(r); }
        });
      }
      Object.keys(node).forEach(function (k) { if (k !== 'data') { walk(node[k]); } });
    })(spec);
    return rows;
  }

  /* Rows as CSV (RFC 4180): one column per field any row has, in the order first met; a cell
   * that could start a spreadsheet formula is prefixed with a quote. */
  function csvText(rows) {
    var cols = [];
    rows.forEach(function (r) {
      Object.keys(r).forEach(function (k) { if (cols.indexOf(k) < 0) { cols.push(k); } });
    });
    function cell(v) {
      if (v === null || v === undefined) { return ''; }
      var t = typeof v === 'object' ? JSON.stringify(v) : String(v);
      if (/^[=+\-@\t\r]/.test(t) && typeof v !== 'number') { t = "'" + t; }
      return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    }
    var lines = [cols.map(cell).join(',')];
    rows.forEach(function (r) {
      lines.push(cols.map(function (k) { return cell(r[k]); }).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  /* Under a chart, links that save what a publication needs (session 38): the chart as SVG and
   * as PNG (twice the screen's pixels), its Vega-Lite spec (data included) and the data behind
   * it as CSV, each named after the chart's data-file (else its id). The images are made when
   * their link is first followed, so that a chart redrawn turn by turn is not rendered twice. */
  function saveLinks(el, spec, view) {
    var box = el.nextElementSibling;
    if (!box || !box.classList.contains('chart-files')) {
      box = document.createElement('p');
      box.className = 'chart-files small';
      el.parentNode.insertBefore(box, el.nextSibling);
    }
    box.querySelectorAll('a[href^="blob:"]').forEach(function (a) { URL.revokeObjectURL(a.href); });
    box.textContent = 'Save this chart: ';
    var name = el.getAttribute('data-file') || el.id;
    function link(text, suffix, cls) {
      var a = document.createElement('a');
      a.download = name + suffix;
      a.className = 'chart-' + cls;
      a.textContent = text;
      box.appendChild(a);
      return a;
    }
    function image(text, type, scale) {
      var a = link(text, '.' + type, type);
      a.href = '#';
      a.addEventListener('click', function (event) {
        if (a.getAttribute('data-ready')) { return; }
        event.preventDefault();
        view.toImageURL(type, scale).then(function (made) {
          a.href = made;
          a.setAttribute('data-ready', '1');
          a.click();
        });
      });
    }
    function file(text, suffix, cls, type, body) {
      link(text, suffix, cls).href = URL.createObjectURL(new Blob([body], { type: type }));
    }
    image('SVG', 'svg', 1);
    box.appendChild(document.createTextNode(', '));
    image('PNG', 'png', 2);
    box.appendChild(document.createTextNode(', '));
    file('Vega-Lite spec (JSON)', '.vl.json', 'vl-json', 'application/json',
         JSON.stringify(spec, null, 2));
    box.appendChild(document.createTextNode(', '));
    file('its data (CSV)', '-data.csv', 'data-csv', 'text/csv', csvText(specRows(spec)));
  }

  /* The chart's caption (data-caption: accord's version, the model, seed, scenario and date),
   * drawn under the chart so that an exported SVG or PNG carries it too. */
  function captioned(el, spec) {
    var caption = el.getAttribute('data-caption');
    if (!caption) { return spec; }
    var engine = el.getAttribute('data-engine');
    if (engine) { caption = caption.replace('{engine}', engine); }
    var out = Object.assign({}, spec);
    out.title = { text: caption.split('\n'), orient: 'bottom', anchor: 'start', fontSize: 10,
                  fontWeight: 'normal', color: '#5b6472', offset: 12 };
    return out;
  }

  function draw(el, spec) {
    if (!el) { return Promise.resolve(null); }
    spec = captioned(el, spec);
    var options = {
      // no Vega-Embed menu: it would sit inside the chart's image (role img) and its editor
      // action opens vega.github.io; saveLinks puts plain links under the chart instead
      actions: false,
      renderer: 'svg',
      ast: true,
      expr: window.vegaExpressionInterpreter
    };
    return window.vegaEmbed(el, spec, options).then(function (result) {
      describe(el);
      saveLinks(el, spec, result.view);
      el.setAttribute('data-drawn', String(Date.now()));
      return result;
    }).catch(function (err) {
      el.textContent = 'chart failed: ' + err.message;
      el.setAttribute('data-error', err.message);
    });
  }

  /* A chart is one image to a screen reader, named by the sentence its page wrote for it
   * (data-alt: what it draws and which table holds the same figures); the SVG's own parts are
   * hidden from it, as Vega names them by their tick labels ("0 10 20 30 ..."; session 34). */
  function describe(el) {
    var alt = el.getAttribute('data-alt');
    if (!alt) { return; }
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', alt);
    el.querySelectorAll('svg, canvas').forEach(function (s) {
      s.setAttribute('aria-hidden', 'true');
    });
  }

  /* A button about to be disabled under the keyboard's focus hands the focus on to `next`
   * (Start to Cancel while a job runs, and back): a disabled button drops it to the page's top. */
  function disable(button, disabled, next) {
    if (disabled && document.activeElement === button && next && !next.disabled) { next.focus(); }
    button.disabled = disabled;
  }

  function issueScale(issue) {
    var s = issue.scale || {};
    return [s.low === undefined ? 0 : s.low, s.high === undefined ? 100 : s.high];
  }

  function stanceRows(scenario) {
    var caps = {};
    scenario.actors.forEach(function (a) { caps[a.id] = a.capability; });
    return scenario.stances.map(function (s) {
      return {
        issue: s.issue, actor: s.actor, position: s.position, salience: s.salience,
        capability: caps[s.actor], weight: caps[s.actor] * s.salience
      };
    });
  }

  /* --------------------------------------------------------------- forecast page */

  function stanceChart(data) {
    var scenario = data.scenario;
    var stances = stanceRows(scenario);
    var charts = scenario.issues.map(function (issue, k) {
      var forecasts = data.forecasts.map(function (f) {
        return { engine: f.engine, value: f.forecast.issues[k].forecast };
      }).filter(function (r) { return r.value !== null; });
      var ifAgreed = data.forecasts.map(function (f) {
        return { engine: f.engine, value: f.forecast.issues[k].if_agreement };
      }).filter(function (r) { return r.value !== null && r.value !== undefined; });
      var layers = [
        {
          data: { values: stances.filter(function (s) { return s.issue === issue.id; }) },
          params: [{ name: 'hover' + k,
                     select: { type: 'point', fields: ['actor'], on: 'pointerover',
                               clear: 'pointerout' } }],
          mark: { type: 'circle', color: '#555' },
          encoding: {
            opacity: { condition: { param: 'hover' + k, empty: true, value: 0.85 }, value: 0.2 },
            x: { field: 'position', type: 'quantitative', scale: { domain: issueScale(issue) },
                 title: issue.id + ': ' + issue.title },
            y: { field: 'actor', type: 'nominal', title: null },
            size: { field: 'weight', type: 'quantitative', legend: null, scale: { range: [20, 500] } },
            tooltip: [{ field: 'actor' }, { field: 'position' }, { field: 'salience' },
                      { field: 'capability' }]
          }
        },
        {
          data: { values: forecasts },
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            x: { field: 'value', type: 'quantitative' },
            color: { field: 'engine', type: 'nominal', title: 'forecast' },
            tooltip: [{ field: 'engine' }, { field: 'value', format: '.1f' }]
          }
        }
      ];
      layers.push({
        data: { values: ifAgreed },
        mark: { type: 'rule', strokeWidth: 1, strokeDash: [2, 2] },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { field: 'engine', type: 'nominal', title: 'forecast' },
          tooltip: [{ field: 'engine' }, { field: 'value', format: '.1f', title: 'if agreed' }]
        }
      });
      if (issue.status_quo !== undefined && issue.status_quo !== null) {
        layers.push({
          data: { values: [{ value: issue.status_quo }] },
          mark: { type: 'rule', strokeDash: [4, 4], color: 'black' },
          encoding: { x: { field: 'value', type: 'quantitative' },
                      tooltip: [{ field: 'value', title: 'status quo' }] }
        });
      }
      return { width: 560, height: { step: 16 }, layer: layers };
    });
    return { $schema: VEGA_LITE, vconcat: charts,
             resolve: { scale: { x: 'independent' } } };
  }

  function trajectoryRows(forecast, scenario) {
    var rows = [];
    var traj = forecast.trajectory || [];
    traj.forEach(function (turn, t) {
      turn.forEach(function (actorRow, a) {
        actorRow.forEach(function (value, i) {
          if (value !== null) {
            rows.push({ turn: t, actor: forecast.actors[a], issue: scenario.issues[i].id, position: value });
          }
        });
      });
    });
    return rows;
  }

  function trajectorySpec(rows, turn) {
    return perIssue(rows, 3, { y: 'independent' }, {
      width: 260, height: 160,
      layer: [
        { mark: { type: 'line', point: false },
          encoding: { x: { field: 'turn', type: 'quantitative', axis: { tickMinStep: 1 } },
                      y: { field: 'position', type: 'quantitative', scale: { zero: false } },
                      color: { field: 'actor', type: 'nominal' } } },
        { transform: [{ filter: 'datum.turn === ' + turn }],
          mark: { type: 'point', filled: true, size: 60 },
          encoding: { x: { field: 'turn', type: 'quantitative' },
                      y: { field: 'position', type: 'quantitative' },
                      color: { field: 'actor', type: 'nominal' },
                      tooltip: [{ field: 'actor' }, { field: 'turn' },
                                { field: 'position', format: '.1f' }] } },
        { mark: { type: 'rule', color: '#999' }, encoding: { x: { datum: turn } } }
      ]
    });
  }

  function histogramSpec(rows) {
    return perIssue(rows, 3, { x: 'independent', y: 'independent' }, {
      width: 240, height: 120,
      mark: 'bar',
      encoding: {
        x: { field: 'value', type: 'quantitative', bin: { maxbins: 30 }, title: 'outcome' },
        y: { aggregate: 'count', type: 'quantitative', title: 'runs' }
      }
    });
  }

  function forecastPage(data) {
    draw(document.getElementById('stance-chart'), stanceChart(data));
    var select = document.getElementById('trajectory-engine');
    var slider = document.getElementById('turn');
    var label = document.getElementById('turn-label');
    var play = document.getElementById('play');
    var rows = [];
    function chosen() {
      var name = select.value;
      return data.forecasts.filter(function (f) { return f.engine === name; })[0];
    }
    function redraw() {
      label.textContent = slider.value;
      var el = document.getElementById('trajectory-chart');
      el.setAttribute('data-engine', select.value);
      draw(el, trajectorySpec(rows, Number(slider.value)));
    }
    function pick() {
      var f = chosen();
      if (!f) { return; }
      rows = trajectoryRows(f.forecast, data.scenario);
      slider.max = String(Math.max(0, f.forecast.trajectory.length - 1));
      slider.value = slider.max;
      redraw();
    }
    if (select && data.forecasts.length) {
      select.addEventListener('change', pick);
      slider.addEventListener('input', redraw);
      var timer = null;
      play.addEventListener('click', function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = 'Play'; return; }
        slider.value = '0';
        redraw();
        play.textContent = 'Stop';
        timer = setInterval(function () {
          if (Number(slider.value) >= Number(slider.max)) {
            clearInterval(timer); timer = null; play.textContent = 'Play'; return;
          }
          slider.value = String(Number(slider.value) + 1);
          redraw();
        }, 700);
      });
      pick();
    }
    var ens = data.ensemble;
    if (ens && ens.samples.length) {
      var hist = [];
      ens.samples.forEach(function (run) {
        run.forEach(function (value, i) {
          if (value !== null) { hist.push({ issue: ens.issues[i], value: value }); }
        });
      });
      draw(document.getElementById('ensemble-chart'), histogramSpec(hist));
    }
    if (data.explanation) {
      draw(document.getElementById('explain-chart'), tornadoSpec(data.explanation));
    }
    jobControls();
  }

  function tornadoSpec(explanation) {
    var rows = [];
    var points = [];
    explanation.issues.forEach(function (issue) {
      points.push({ issue: issue.id, forecast: issue.forecast });
      issue.tornado.forEach(function (bar) {
        rows.push({ issue: issue.id, input: bar.input, low: bar.forecast_at_low,
                    high: bar.forecast_at_high, swing: bar.swing });
      });
    });
    return perIssue(rows, 2, { y: 'independent', x: 'independent' }, {
      width: 300, height: { step: 14 },
      mark: { type: 'bar', color: '#7fa3d8' },
      encoding: {
        y: { field: 'input', type: 'nominal', sort: { field: 'swing', order: 'descending' },
             title: null },
        x: { field: 'low', type: 'quantitative', title: 'forecast', scale: { zero: false } },
        x2: { field: 'high' },
        tooltip: [{ field: 'input' }, { field: 'low', format: '.1f', title: 'at low' },
                  { field: 'high', format: '.1f', title: 'at high' },
                  { field: 'swing', format: '.1f' }]
      }
    });
  }

  /* A finished job's ensemble (a job sends no samples: a million runs would be megabytes):
   * per issue, the 5th-95th percentile span, the median (tick) and the mean (dot), on the
   * issue's own scale, which an invisible rule spans so the scale shows the whole range. */
  function jobResultSpec(result) {
    var rows = result.issues.filter(function (i) {
      return i.p50 !== null && i.p50 !== undefined;
    }).map(function (i) {
      return { issue: i.id, p5: i.p5, p50: i.p50, p95: i.p95, mean: i.mean,
               low: i.scale[0], high: i.scale[1] };
    });
    var x = { field: 'p5', type: 'quantitative', title: 'outcome (p5 to p95)' };
    return perIssue(rows, 3, { x: 'independent' }, {
      width: 240, height: 30,
      layer: [
        { mark: { type: 'rule', opacity: 0 },
          encoding: { x: { field: 'low', type: 'quantitative', title: x.title },
                      x2: { field: 'high' } } },
        { mark: { type: 'rule', strokeWidth: 3, color: '#7fa3d8' },
          encoding: { x: x, x2: { field: 'p95' } } },
        { mark: { type: 'tick', thickness: 2, color: '#1d2330' },
          encoding: { x: { field: 'p50', type: 'quantitative' } } },
        { mark: { type: 'point', filled: true, color: '#b3261e' },
          encoding: { x: { field: 'mean', type: 'quantitative' },
                      tooltip: [{ field: 'issue' }, { field: 'p5', format: '.1f' },
                                { field: 'p50', format: '.1f', title: 'median' },
                                { field: 'mean', format: '.1f' },
                                { field: 'p95', format: '.1f' }] } }
      ]
    });
  }

  function jobControls() {
    var box = document.getElementById('job');
    if (!box) { return; }
    var start = document.getElementById('job-start');
    var cancel = document.getElementById('job-cancel');
    var status = document.getElementById('job-status');
    var said = document.getElementById('job-said') || status;
    if (!start.disabled) { start.setAttribute('data-can-start', ''); }
    var current = null;
    var poll = null;
    function headers() {
      return { 'content-type': 'application/json', 'x-csrf-token': csrfToken() };
    }
    function show(job) {
      var text = job.status + ' after ' + job.elapsed.toFixed(1) + ' s';
      if (job.progress !== null && job.progress !== undefined && job.status === 'running') {
        text += ', ' + Math.round(100 * job.progress) + '% of the runs done';
      }
      var bar = document.getElementById('job-progress');
      if (bar) { bar.value = job.progress || 0; }
      if (job.error) { text += ': ' + job.error.message; }
      if (job.result) {
        text += ': ' + job.result.issues.map(function (i) {
          return i.id + ' ' + (i.p50 === null || i.p50 === undefined ? '' : i.p50.toFixed(1));
        }).join(', ') + ' (medians)';
      }
      status.textContent = text;
      var chart = document.getElementById('job-chart');
      if (job.result && chart.getAttribute('data-job') !== job.id) {
        chart.setAttribute('data-job', job.id);
        draw(chart, jobResultSpec(job.result));
      }
      /* a finished job's report, made by the job's process (a large ensemble is too long to
       * run again for it) */
      var report = document.getElementById('job-report');
      document.getElementById('job-report-line').hidden = !job.report_url;
      if (job.report_url) { report.setAttribute('href', job.report_url); }
      box.setAttribute('data-status', job.status);
      var running = job.status === 'queued' || job.status === 'running';
      if (running) {
        cancel.disabled = false;
        disable(start, true, cancel);
      } else {
        start.disabled = !start.hasAttribute('data-can-start');
        disable(cancel, true, start);
      }
      if (!running && poll) { clearInterval(poll); poll = null; }
      /* the screen reader hears the job's state when it changes and each tenth of its runs,
       * not the status line's every half-second tick */
      var step = job.status === 'running' && job.progress ? Math.floor(10 * job.progress) : -1;
      var heard = job.status + ':' + step;
      if (heard !== said.getAttribute('data-heard')) {
        said.setAttribute('data-heard', heard);
        said.textContent = step > 0 ? 'job running, ' + (10 * step) + '% of the runs done'
          : 'job ' + text;
      }
    }
    /* the job is remembered for the tab (sessionStorage), so that leaving the page and coming
     * back (a link, the back button, a reload) shows it again, with its Cancel, where it used
     * to leave it running out of sight */
    var remembered = 'accord-job:' + box.getAttribute('data-scenario');
    function follow(job) {
      current = job;
      show(job);
      if (poll) { clearInterval(poll); poll = null; }
      if (job.status === 'queued' || job.status === 'running') {
        poll = setInterval(function () {
          fetch(url('/api/v1/jobs/' + job.id)).then(function (r) { return r.json(); }).then(show);
        }, 500);
      }
    }
    start.addEventListener('click', function () {
      var chart = document.getElementById('job-chart');
      chart.textContent = '';  /* the last job's chart goes with its status */
      chart.removeAttribute('data-job');
      chart.removeAttribute('data-drawn');
      /* runs as typed when it is not a whole number, so that the API names what is wrong
       * (Number('abc') would be sent as null: a job with no ensemble) */
      var runs = document.getElementById('job-runs').value.trim();
      var body = {
        scenario: box.getAttribute('data-scenario'),
        engine: document.getElementById('job-engine').value,
        runs: /^[0-9]+$/.test(runs) ? Number(runs) : runs,
        seed: 1  /* with the drafts' votes, as the report links' forecasts and the CLI's */
      };
      var version = box.getAttribute('data-version');
      if (version) { body.version = Number(version); }
      fetch(url('/api/v1/jobs'), { method: 'POST', headers: headers(), body: JSON.stringify(body),
                              credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (job.error && !job.id) {
            status.textContent = job.error.message;
            said.textContent = job.error.message;
            return;
          }
          window.sessionStorage.setItem(remembered, job.id);
          follow(job);
        });
    });
    var known = window.sessionStorage.getItem(remembered);
    if (known) {
      fetch(url('/api/v1/jobs/' + encodeURIComponent(known))).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (job) {
        if (job) { follow(job); } else { window.sessionStorage.removeItem(remembered); }
      });
    }
    cancel.addEventListener('click', function () {
      if (!current) { return; }
      fetch(url('/api/v1/jobs/' + current.id), { method: 'DELETE', headers: headers(),
                                              credentials: 'same-origin' })
        .then(function (r) { return r.json(); }).then(show);
    });
  }

  /* --------------------------------------------------------------- what-if page */

  function whatifSpec() {
    /* data arrive through the view's named data set 'table' (no re-compiling on each move) */
    return {
      $schema: VEGA_LITE,
      data: { name: 'table' },
      width: 560,
      height: { step: 26 },
      mark: { type: 'point', size: 120, strokeWidth: 2 },
      encoding: {
        x: { field: 'share', type: 'quantitative', scale: { domain: [0, 100] },
             title: 'forecast, % of the issue scale' },
        y: { field: 'issue', type: 'nominal', title: null },
        color: { field: 'engine', type: 'nominal' },
        shape: { field: 'engine', type: 'nominal' },
        fill: { condition: { test: "datum.when === 'now'", field: 'engine', type: 'nominal' },
                value: 'transparent' },
        opacity: { condition: { test: "datum.when === 'now'", value: 1 }, value: 0.45 },
        tooltip: [{ field: 'engine' }, { field: 'issue' }, { field: 'value', format: '.1f' },
                  { field: 'when' }]
      }
    };
  }

  function whatifRows(result, scenario, when) {
    /* result: the compare contract, issues[k].forecast[engine] */
    var rows = [];
    result.issues.forEach(function (item, i) {
      var sc = issueScale(scenario.issues[i]);
      Object.keys(item.forecast).forEach(function (engine) {
        var value = item.forecast[engine];
        if (value === null) { return; }
        rows.push({ engine: engine, issue: item.id, value: value, when: when,
                    share: 100 * (value - sc[0]) / (sc[1] - sc[0]) });
      });
    });
    return rows;
  }

  function whatifPage(data) {
    var original = JSON.parse(JSON.stringify(data.scenario));
    var state = JSON.parse(JSON.stringify(data.scenario));
    var status = document.getElementById('whatif-status');
    var chart = document.getElementById('whatif-chart');
    var cancel = document.getElementById('whatif-cancel');
    var baseline = null;
    var controller = null;
    var pending = false;
    var stats = { runs: 0, last_ms: null, times: [] };
    window.accordWhatif = stats;
    var reset = document.getElementById('whatif-reset');

    /* the forecasts in words, for who cannot see the chart: each cell of the table under it is
     * the forecast before any change, then now where it moved; returns [moved, all] */
    function tell(before, now) {
      var was = {};
      before.forEach(function (r) { was[r.issue + '|' + r.engine] = r.value; });
      var moved = 0;
      now.forEach(function (r) {
        var row = document.querySelector(
          '#whatif-forecasts tr[data-issue="' + CSS.escape(r.issue) + '"]');
        var cell = row && row.querySelector('td[data-engine="' + CSS.escape(r.engine) + '"]');
        if (!cell) { return; }
        var old = was[r.issue + '|' + r.engine];
        var changed = old !== undefined && Math.abs(old - r.value) >= 0.05;
        if (changed) { moved += 1; }
        cell.textContent = changed ? old.toFixed(1) + ' → ' + r.value.toFixed(1)
          : r.value.toFixed(1);
      });
      return [moved, now.length];
    }

    function run() {
      pending = false;
      if (controller) { controller.abort(); }
      controller = new AbortController();
      var t0 = performance.now();
      status.textContent = 'forecasting...';
      chart.setAttribute('data-busy', '1');
      cancel.disabled = false;
      var body = { data: state, engines: data.engines, institutions: false, seed: 1 };
      fetch(url('/api/v1/compare'), {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body), signal: controller.signal
      }).then(function (r) {
        return r.json().then(function (json) { return { ok: r.ok, json: json }; });
      }).then(function (res) {
        if (!res.ok) {
          status.textContent = res.json.error ? res.json.error.message : 'failed';
          chart.removeAttribute('data-busy');
          return null;
        }
        var rows = whatifRows(res.json, state, 'now');
        if (baseline === null) { baseline = whatifRows(res.json, state, 'before'); }
        return show(baseline.concat(rows)).then(function () {
          var ms = performance.now() - t0;
          var count = tell(baseline, rows);
          stats.runs += 1;
          stats.last_ms = ms;
          stats.times.push(ms);
          chart.setAttribute('data-runs', String(stats.runs));
          chart.setAttribute('data-last', JSON.stringify(rows));
          chart.removeAttribute('data-busy');
          status.textContent = 'updated in ' + Math.round(ms) + ' ms: ' + count[0] + ' of ' +
            count[1] + ' forecasts moved (the table under the chart has them)';
        });
      }).catch(function (err) {
        if (err.name === 'AbortError') { return; }
        // no answer (the server stopped, the network dropped; session 38): say what to do; the
        // sliders keep what was moved
        chart.removeAttribute('data-busy');
        status.textContent = 'no forecast: the workbench did not answer (' + err.message +
          '). Your changes are kept on the sliders: check that accord serve is still running,' +
          ' then move any slider to forecast again.';
      }).then(function () {
        if (!chart.hasAttribute('data-busy')) { disable(cancel, true, reset); }
      });
    }
    cancel.addEventListener('click', function () {
      if (controller) { controller.abort(); }
      chart.removeAttribute('data-busy');
      disable(cancel, true, reset);
      status.textContent = 'cancelled; showing the last finished forecast';
    });
    var view = null;
    function replace(rows) {
      var changes = window.vega.changeset().remove(window.vega.truthy).insert(rows);
      return view.change('table', changes).runAsync();
    }
    function show(rows) {
      if (view) { return replace(rows); }
      return draw(chart, whatifSpec()).then(function (result) {
        if (!result) { return null; }
        view = result.view;
        return replace(rows);
      });
    }
    function schedule() {
      if (!pending) { pending = true; window.requestAnimationFrame(run); }
    }
    document.querySelectorAll('#whatif-controls input').forEach(function (input) {
      input.addEventListener('input', function () {
        if (input.value.trim() === '') {  /* Number('') is 0: an emptied field is no value */
          status.textContent = input.getAttribute('aria-label') + ': type a number ' +
            '(the forecast shown is for the last one typed)';
          return;
        }
        var value = Number(input.value);
        var field = input.getAttribute('data-field');
        if (input.hasAttribute('data-stance')) {
          var k = Number(input.getAttribute('data-stance'));
          state.stances[k][field] = value;
          var out = document.querySelector('output[data-show="' + k + '"]');
          if (out) {
            out.textContent = Number(state.stances[k].position).toFixed(1) + ' / ' +
              Number(state.stances[k].salience).toFixed(2);
          }
        } else {
          state.actors[Number(input.getAttribute('data-actor'))][field] = value;
        }
        schedule();
      });
    });
    reset.addEventListener('click', function () {
      state = JSON.parse(JSON.stringify(original));
      document.querySelectorAll('#whatif-controls input').forEach(function (input) {
        var field = input.getAttribute('data-field');
        input.value = input.hasAttribute('data-stance')
          ? state.stances[Number(input.getAttribute('data-stance'))][field]
          : state.actors[Number(input.getAttribute('data-actor'))][field];
      });
      schedule();
    });
    run();
  }

  /* --------------------------------------------------------------- institutions page */

  function institutionsPage(data) {
    document.querySelectorAll('.vote-chart').forEach(function (el) {
      var r = data.resolutions[Number(el.getAttribute('data-draft'))];
      var rows = [];
      var codes = Object.keys(r.votes);
      codes.forEach(function (code) {
        var v = r.votes[code];
        if (codes.length > 40 && v.source !== 'scenario') { return; }
        ['yes', 'no', 'abstain', 'absent'].forEach(function (choice) {
          rows.push({ member: code, choice: choice, p: v[choice] });
        });
      });
      draw(el, {
        $schema: VEGA_LITE,
        data: { values: rows }, width: 520, height: { step: 14 },
        transform: [probabilityText('p', 'p_text')],
        mark: 'bar',
        encoding: {
          y: { field: 'member', type: 'nominal', title: null },
          x: { field: 'p', type: 'quantitative', stack: 'normalize', title: 'vote probability' },
          color: { field: 'choice', type: 'nominal',
                   scale: { domain: ['yes', 'no', 'abstain', 'absent'],
                            range: ['#2e7d32', '#c62828', '#f9a825', '#9e9e9e'] } },
          tooltip: [{ field: 'member' }, { field: 'choice' }, { field: 'p_text', title: 'p' }]
        }
      });
    });
    var power = data.power;
    var rows = Object.keys(power.values).map(function (m) { return { member: m, value: power.values[m] }; });
    draw(document.getElementById('power-chart'), {
      $schema: VEGA_LITE,
      data: { values: rows }, width: 520, height: { step: 14 },
      mark: 'bar',
      encoding: {
        y: { field: 'member', type: 'nominal', sort: '-x', title: null },
        x: { field: 'value', type: 'quantitative', title: power.index },
        tooltip: [{ field: 'member' }, { field: 'value', format: '.4f' }]
      }
    });
  }

  /* --------------------------------------------------------------- news page */

  function newsPage(data) {
    var rows = data.events.filter(function (e) { return e.date; }).map(function (e) {
      return {
        date: e.date, type: e.event,
        source: e.source.map(function (a) { return a.code; }).join(', '),
        target: e.target.map(function (a) { return a.code; }).join(', '),
        documents: e.documents.length, text: e.text || ''
      };
    });
    if (!rows.length) { return; }
    draw(document.getElementById('timeline-chart'), {
      $schema: VEGA_LITE,
      data: { values: rows }, width: 620, height: { step: 18 },
      mark: { type: 'circle', opacity: 0.7 },
      encoding: {
        x: { field: 'date', type: 'temporal', title: null },
        y: { field: 'type', type: 'nominal', title: null },
        size: { field: 'documents', type: 'quantitative', title: 'documents' },
        color: { field: 'type', type: 'nominal', legend: null },
        tooltip: [{ field: 'date', type: 'temporal' }, { field: 'type' }, { field: 'source' },
                  { field: 'target' }, { field: 'text' }]
      }
    });
  }

  /* --------------------------------------------------------------- ledger page */

  function ledgerPage(data) {
    var rows = data.points.filter(function (p) { return p.share !== null; });
    if (!rows.length) { return; }
    draw(document.getElementById('ledger-chart'), perIssue(rows, 3, null, {
      width: 240, height: 120,
      transform: [probabilityText('p_agreement', 'p_agreement_text')],
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'recorded_at', type: 'temporal', title: null },
        y: { field: 'share', type: 'quantitative', scale: { domain: [0, 100] },
             title: '% of scale' },
        color: { field: 'engine', type: 'nominal' },
        detail: { field: 'scenario', type: 'nominal' },
        tooltip: [{ field: 'scenario' }, { field: 'engine' }, { field: 'recorded_at', type: 'temporal' },
                  { field: 'forecast', format: '.1f' },
                  { field: 'p_agreement_text', title: 'p_agreement' }]
      }
    }));
  }

  /* --------------------------------------------------------------- comparison page */

  /* Per issue both scenarios hold, each side's forecast (dot) and its 5th to 95th percentile
   * (bar, with an ensemble) on the issue's scale; the table above the chart has the figures. */
  function comparePage(data) {
    var rows = [];
    data.comparison.issues.forEach(function (item) {
      [['a', 0], ['b', 1]].forEach(function (pair) {
        var f = item[pair[0]];
        if (f.forecast === null || f.forecast === undefined) { return; }
        rows.push({ issue: item.id, side: data.labels[pair[1]], forecast: f.forecast,
                    p5: f.p5 === undefined ? null : f.p5, p95: f.p95 === undefined ? null : f.p95,
                    p_agreement: f.p_agreement === undefined ? null : f.p_agreement,
                    low: f.scale[0], high: f.scale[1] });
      });
    });
    if (!rows.length) { return; }
    var x = { field: 'forecast', type: 'quantitative', title: 'forecast (bar: bargain p5 to p95)' };
    draw(document.getElementById('compare-chart'), perIssue(rows, 2, { x: 'independent' }, {
      width: 280, height: { step: 22 },
      layer: [
        { mark: { type: 'rule', opacity: 0 },
          encoding: { x: { field: 'low', type: 'quantitative', title: x.title },
                      x2: { field: 'high' }, y: { field: 'side', type: 'nominal', title: null } } },
        { transform: [{ filter: 'datum.p5 !== null' }],
          mark: { type: 'rule', strokeWidth: 3, color: '#7fa3d8' },
          encoding: { x: { field: 'p5', type: 'quantitative' }, x2: { field: 'p95' },
                      y: { field: 'side', type: 'nominal', title: null } } },
        { transform: [probabilityText('p_agreement', 'p_agreement_text')],
          mark: { type: 'point', filled: true, size: 70 },
          encoding: { x: x, y: { field: 'side', type: 'nominal', title: null },
                      color: { field: 'side', type: 'nominal', legend: null },
                      tooltip: [{ field: 'issue' }, { field: 'side' },
                                { field: 'forecast', format: '.1f' },
                                { field: 'p_agreement_text', title: 'P(agree)' },
                                { field: 'p5', format: '.1f' }, { field: 'p95', format: '.1f' }] } }
      ]
    }));
  }

  var pages = {
    compare: comparePage,
    ledger: ledgerPage,
    forecast: forecastPage,
    whatif: whatifPage,
    institutions: institutionsPage,
    news: newsPage
  };

  document.addEventListener('DOMContentLoaded', function () {
    /* a refused form's message takes the focus where no field does (autofocus), so that a
     * screen reader reads it first after the page comes back (session 34) */
    var message = document.querySelector('[data-focus]');
    if (message && !document.querySelector('[autofocus]')) { message.focus(); }
    var page = document.body.getAttribute('data-page');
    var data = pageData();
    if (pages[page] && data) { pages[page](data); }
  });
})();
