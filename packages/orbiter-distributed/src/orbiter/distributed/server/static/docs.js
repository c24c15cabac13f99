// Renders /openapi.json as a plain reference page: endpoints, parameters, bodies, schemas.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function refName(schema) {
  return schema && schema.$ref ? schema.$ref.split("/").pop() : null;
}

function schemaLink(schema) {
  const name = refName(schema);
  return name ? el("a", { href: "#schema-" + name }, name) : el("code", {}, JSON.stringify(schema));
}

function operation(path, method, op) {
  const box = el("section", { class: "op" },
    el("h3", {}, el("span", { class: "method " + method }, method.toUpperCase()), " ", el("code", {}, path)),
    el("p", {}, op.summary || ""));
  if (op.parameters && op.parameters.length) {
    const list = el("ul", {});
    for (const p of op.parameters) {
      list.append(el("li", {}, el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}) `, p.description || ""));
    }
    box.append(el("h4", {}, "Parameters"), list);
  }
  if (op.requestBody) {
    const content = op.requestBody.content["application/json"];
    box.append(el("h4", {}, "Body"), schemaLink(content.schema));
  }
  const list = el("ul", {});
  for (const [status, resp] of Object.entries(op.responses || {})) {
    const content = resp.content || {};
    const [type, media] = Object.entries(content)[0] || [null, null];
    list.append(el("li", {}, el("code", {}, status), " ", resp.description || "",
      type ? " — " + type + " " : "", media && media.schema ? schemaLink(media.schema) : null));
  }
  box.append(el("h4", {}, "Responses"), list);
  return box;
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  root.textContent = "";
  root.append(el("h2", {}, `${spec.info.title} ${spec.info.version}`),
    el("p", {}, "Send an API key as ", el("code", {}, "Authorization: Bearer <key>"),
      ". Errors are RFC 9457 problem documents (application/problem+json)."));
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) root.append(operation(path, method, op));
  }
  root.append(el("h2", {}, "Schemas"));
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    root.append(el("section", { class: "schema", id: "schema-" + name },
      el("h3", {}, name), el("pre", {}, JSON.stringify(schema, null, 2))));
  }
}

main().catch((err) => { document.getElementById("docs").textContent = "Could not load the API description: " + err; });
