// Validates every object of a rendered overlay (kubectl kustomize output) against its schema from
// the kubernetes-models packages: Kubernetes' own kinds, CloudNativePG's and KEDA's.
//
//   node validate.mjs <rendered.yaml> [--skip-group <api-group>]...
//
// The packages' schemas, like the API server's, accept properties they do not define, so a
// mistyped field would pass and be dropped at apply time. This script is strict: a property passes
// only if the schema examines it, found by giving it two values of incompatible types (a number,
// then an object) and looking for a complaint at that exact place. Prints one line per object and
// exits 1 on any error, or on an object whose kind no package knows (unless its group is skipped:
// Strimzi's objects are checked against Strimzi's own model classes by the Maven test).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const PACKAGES = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "keda.sh": "@kubernetes-models/keda",
};
// Maps whose keys are free data (labels, parameters, file contents), not schema properties: their
// values are still checked by type, their keys are not looked up.
const NUMBER_SENTINEL = 1.5;
const OBJECT_SENTINEL = { "__not-a-property__": true };

function modulePath(apiVersion) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  if (PACKAGES[group]) return `${PACKAGES[group]}/${apiVersion}`;
  if (group === "" ) return `kubernetes-models/${apiVersion}`;
  if (!group.includes(".") || group.endsWith(".k8s.io")) return `kubernetes-models/${apiVersion}`;
  return null;
}

function schemaErrors(Model, object) {
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    if (!error.errors) throw error;
    return error.errors;
  }
}

function at(object, path) {
  return path.reduce((node, key) => node[key], object);
}

function withValue(object, path, value) {
  const copy = structuredClone(object);
  at(copy, path.slice(0, -1))[path[path.length - 1]] = value;
  return copy;
}

function pointer(path) {
  return path.length === 0 ? "" : "/" + path.map((key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

function complainsAt(Model, object, path) {
  const where = pointer(path);
  return [NUMBER_SENTINEL, OBJECT_SENTINEL].some((sentinel) =>
    schemaErrors(Model, withValue(object, path, sentinel)).some(
      (error) => error.instancePath === where || error.instancePath.startsWith(where + "/")));
}

// Every property path the schema does not examine.
function unknownProperties(Model, object) {
  const unknown = [];
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const key of Object.keys(node)) {
      const child = [...path, key];
      if (complainsAt(Model, object, child)) {
        visit(node[key], child);
      } else {
        unknown.push(pointer(child));
      }
    }
  };
  visit(object, []);
  return unknown;
}

function describe(error) {
  const where = error.instancePath || "/";
  const detail = error.params && error.params.additionalProperty ? ` (${error.params.additionalProperty})` : "";
  return `${where} ${error.message}${detail}`;
}

const args = process.argv.slice(2);
const file = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--skip-group");
const skipped = new Set(args.filter((arg, index) => args[index - 1] === "--skip-group"));
if (!file) {
  console.error("usage: node validate.mjs <rendered.yaml> [--skip-group <api-group>]...");
  process.exit(2);
}

let failures = 0;
let checked = 0;
for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
  if (document.errors.length > 0) {
    console.log(`FAIL yaml: ${document.errors.map((e) => e.message).join("; ")}`);
    failures++;
    continue;
  }
  const object = document.toJS();
  if (object === null || object === undefined) continue;
  const { apiVersion = "", kind = "", metadata = {} } = object;
  const name = `${kind}/${metadata.name} (${apiVersion})`;
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  if (skipped.has(group)) {
    console.log(`SKIP ${name}: validated elsewhere`);
    continue;
  }
  const path = modulePath(apiVersion);
  let Model;
  if (path) {
    try {
      Model = (await import(path))[kind];
    } catch (error) {
      Model = undefined;
    }
  }
  if (!Model) {
    console.log(`FAIL ${name}: no schema for this kind`);
    failures++;
    continue;
  }
  const errors = schemaErrors(Model, object).map(describe);
  const unknown = unknownProperties(Model, object).map((where) => `${where} is not a property of the schema`);
  const problems = [...errors, ...unknown];
  checked++;
  if (problems.length > 0) {
    failures++;
    console.log(`FAIL ${name}:`);
    for (const problem of problems) console.log(`  ${problem}`);
  } else {
    console.log(`OK   ${name}`);
  }
}
console.log(`${checked} objects checked against their schemas, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
