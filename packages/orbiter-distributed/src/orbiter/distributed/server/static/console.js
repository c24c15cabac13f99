// The Orbiter console: plain DOM code over the /v1 API, no build step, nothing from elsewhere.
// The API key stays in sessionStorage (this tab only); a run's events come over EventSource
// with a short-lived stream token, since EventSource cannot send an Authorization header.
"use strict";

const KEY = "orbiter.apiKey";
const view = document.getElementById("view");
let stopView = () => {};
let needsKey = true;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(templateId) {
  view.replaceChildren(document.getElementById(templateId).content.cloneNode(true));
}

const $ = (id) => document.getElementById(id);
const when = (t) => (t ? new Date(t * 1000).toLocaleString() : "");

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || `HTTP ${status}`);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = {};
  const key = sessionStorage.getItem(KEY);
  if (key) headers.Authorization = "Bearer " + key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const resp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await resp.json().catch(() => null);
  if (resp.status === 401 && needsKey && path !== "/v1/agents") {
    sessionStorage.removeItem(KEY);
    route();
  }
  if (!resp.ok) throw new ApiError(resp.status, data);
  return data;
}

function badge(node, status) {
  node.textContent = status;
  node.className = "badge " + status;
}

// -- sign in -------------------------------------------------------------------------------

function login() {
  show("login");
  $("key-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    sessionStorage.setItem(KEY, $("key-input").value.trim());
    try {
      await api("GET", "/v1/agents");
      location.hash = location.hash && location.hash !== "#/login" ? location.hash : "#/runs";
      route();
    } catch (err) {
      sessionStorage.removeItem(KEY);
      $("key-error").textContent = err.message;
    }
  });
}

// -- runs ----------------------------------------------------------------------------------

function runsView() {
  show("runs");
  const refresh = async () => {
    const page = await api("GET", "/v1/runs?limit=50");
    $("runs-body").replaceChildren(...page.runs.map((run) => {
      const status = el("span", {});
      badge(status, run.status);
      return el("tr", { "data-run": run.id },
        el("td", {}, el("a", { href: "#/runs/" + run.id, title: run.id }, run.id.slice(0, 12))),
        el("td", {}, run.agent), el("td", {}, status), el("td", {}, when(run.created_at)));
    }));
    $("runs-empty").hidden = page.runs.length > 0;
  };
  return poll(refresh, 1500);
}

function poll(fn, every) {
  let stopped = false;
  let timer = null;
  const tick = async () => {
    try { await fn(); } catch (err) { console.warn(err); }
    if (!stopped) timer = setTimeout(tick, every);
  };
  tick();
  return () => { stopped = true; clearTimeout(timer); };
}

// -- one run -------------------------------------------------------------------------------

function describe(type, d) {
  switch (type) {
    case "tool_call": return `${d.tool_name}(${d.arguments})`;
    case "tool_result": return d.success === false ? `${d.tool_name} failed: ${d.error}` : `${d.tool_name} → ${d.result}`;
    case "handoff": return `${d.from_agent} → ${d.to_agent}${d.reason ? ": " + d.reason : ""}`;
    case "usage": return `${d.usage.input_tokens || 0} in, ${d.usage.output_tokens || 0} out`;
    case "error": return `${d.error_type}: ${d.error}`;
    case "status": return d.status + (d.message ? ": " + d.message : "");
    case "step": return `step ${d.step_number} ${d.status}`;
    case "reasoning": return d.text;
    case "interrupt": return "waiting for approval: " + d.calls.map((c) => `${c.name}(${c.arguments}) [${c.id}]`).join(", ");
    case "rate_limit": return `${d.model} waits ${d.wait_seconds}s (${d.reason.replace("_", "-")})`;
    case "retry": return `attempt ${d.attempt} failed (${d.error_type}): retry ${d.retry} of ${d.retries} in ${d.delay}s`;
    default: return JSON.stringify(d);
  }
}

function runView(runId) {
  show("run");
  $("run-id").textContent = runId;
  let source = null;
  let finished = false;
  const log = (type, text, agent) => {
    $("run-events").append(el("li", { class: type },
      el("span", { class: "kind" }, type.replace("_", " ")), agent ? `[${agent}] ` : "", text));
  };
  const finish = (outcome) => {
    finished = true;
    badge($("run-status"), outcome.status);
    $("run-cancel").hidden = true;
    if (outcome.error) $("run-error").textContent = outcome.error;
    const usage = outcome.result && outcome.result.usage;
    if (usage) $("run-usage").textContent = `· ${usage.input_tokens || 0} tokens in, ${usage.output_tokens || 0} out`;
    if (source) source.close();
  };
  const follow = async () => {
    const run = await api("GET", "/v1/runs/" + runId);
    $("run-agent").textContent = run.agent;
    badge($("run-status"), run.status);
    $("run-cancel").hidden = false;
    const token = await api("POST", `/v1/runs/${runId}/stream-token`);
    source = new EventSource(token.events_url);
    const types = ["text", "tool_call", "tool_result", "handoff", "usage", "error", "status", "step", "reasoning", "interrupt", "retry", "rate_limit"];
    for (const type of types) {
      source.addEventListener(type, (msg) => {
        const data = JSON.parse(msg.data);
        if (!finished && $("run-status").textContent === "PENDING") badge($("run-status"), "RUNNING");
        if (type === "text") $("run-text").append(data.text);
        else log(type, describe(type, data), data.agent_name);
        if (type === "interrupt" && !finished) badge($("run-status"), "INTERRUPTED");
      });
    }
    source.addEventListener("end", (msg) => finish(JSON.parse(msg.data)));
  };
  $("run-cancel").addEventListener("click", async () => {
    $("run-cancel").disabled = true;
    try { await api("POST", `/v1/runs/${runId}/cancel`); }
    catch (err) { $("run-error").textContent = err.message; $("run-cancel").disabled = false; }
  });
  follow().catch((err) => { $("run-error").textContent = err.message; });
  return () => { if (source) source.close(); };
}

// -- start a run ---------------------------------------------------------------------------

function newView() {
  show("new");
  let agents = [];
  api("GET", "/v1/agents").then((data) => {
    agents = data.agents;
    $("new-agent").replaceChildren(...agents.map((a) => el("option", { value: a.name }, a.name)));
    about();
  }).catch((err) => { $("new-error").textContent = err.message; });
  const about = () => {
    const found = agents.find((a) => a.name === $("new-agent").value);
    $("new-agent-about").textContent = found ? found.description : "";
  };
  $("new-agent").addEventListener("change", about);
  $("new-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    $("new-submit").disabled = true;
    try {
      const run = await api("POST", "/v1/runs", {
        agent: $("new-agent").value, input: $("new-input").value, detailed: $("new-detailed").checked,
      });
      location.hash = "#/runs/" + run.id;
    } catch (err) {
      $("new-error").textContent = err.message;
      $("new-submit").disabled = false;
    }
  });
  return () => {};
}

// -- workers and queues --------------------------------------------------------------------

function opsView() {
  show("ops");
  const refresh = async () => {
    const [workers, queues] = await Promise.all([api("GET", "/v1/workers"), api("GET", "/v1/queues")]);
    $("workers-body").replaceChildren(...workers.workers.map((w) => el("tr", {},
      el("td", {}, `${w.worker_id}${w.draining ? " (draining)" : ""}`), el("td", {}, w.queue),
      el("td", {}, `${w.in_flight}/${w.concurrency}`), el("td", {}, w.completed),
      el("td", {}, `${w.heartbeat_age.toFixed(1)} s ago`))));
    $("queues-body").replaceChildren(...queues.queues.map((q) => el("tr", {},
      el("td", {}, q.queue), el("td", {}, q.depth), el("td", {}, q.in_flight), el("td", {}, q.dead_letters))));
    const items = [];
    for (const q of queues.queues) {
      try {
        const dead = await api("GET", `/v1/queues/${encodeURIComponent(q.queue)}/dead-letters`);
        for (const d of dead.dead_letters) {
          items.push(el("li", {}, el("span", { class: "kind" }, q.queue), `${d.task_id || "?"}: ${d.reason} `,
            el("button", { type: "button", onclick: () => redrive(q.queue, d.entry_id) }, "Run again")));
        }
        $("dead-note").textContent = items.length ? "" : "No dead letters.";
      } catch (err) {
        $("dead-note").textContent = err.status === 403 ? "Dead letters need an admin key." : err.message;
        break;
      }
    }
    $("dead-list").replaceChildren(...items);
  };
  const redrive = async (queue, entry) => {
    await api("POST", `/v1/queues/${encodeURIComponent(queue)}/dead-letters/${entry}/redrive`);
  };
  return poll(refresh, 3000);
}

// -- routing -------------------------------------------------------------------------------

function route() {
  stopView();
  stopView = () => {};
  const signedIn = !needsKey || sessionStorage.getItem(KEY);
  $("forget-key").hidden = !needsKey || !signedIn;
  if (!signedIn) return login();
  const [, page, id] = (location.hash || "#/runs").split("/");
  if (page === "runs" && id) stopView = runView(decodeURIComponent(id));
  else if (page === "new") stopView = newView();
  else if (page === "ops") stopView = opsView();
  else stopView = runsView();
}

$("forget-key").addEventListener("click", () => { sessionStorage.removeItem(KEY); route(); });
window.addEventListener("hashchange", route);

// A server started with --no-auth answers without a key: then none is asked for.
fetch("/v1/agents").then((resp) => { needsKey = resp.status === 401; }).catch(() => {}).finally(route);
