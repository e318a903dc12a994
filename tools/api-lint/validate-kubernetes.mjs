// Validates Kubernetes manifests (multi-document YAML) with kubernetes-models: every object against
// the schema of its apiVersion and kind, plus the platform's rules: environment variables only
// through envFrom or valueFrom (never a literal value), probes and resources on every container of
// the platform's Deployments.
// Usage: node tools/api-lint/validate-kubernetes.mjs <file.yml>...
// Prints one line per object, then "kubernetes: N objects, M errors"; exits 1 on any error.
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-kubernetes.mjs <manifest.yml>...');
  process.exit(2);
}

let objects = 0;
let errors = 0;
const fail = (where, message) => {
  errors++;
  console.log(`ERROR ${where}: ${message}`);
};

async function modelOf(apiVersion, kind) {
  const path = apiVersion.includes('/') ? `kubernetes-models/${apiVersion}` : `kubernetes-models/${apiVersion}`;
  const module = await import(path);
  return module[kind];
}

function containersOf(object) {
  const spec = object.spec?.template?.spec ?? object.spec?.jobTemplate?.spec?.template?.spec;
  return spec ? [...(spec.containers ?? []), ...(spec.initContainers ?? [])] : [];
}

for (const file of files) {
  const documents = parseAllDocuments(await readFile(file, 'utf8'));
  for (const document of documents) {
    if (document.errors.length > 0) {
      fail(file, `not valid YAML: ${document.errors[0].message}`);
      continue;
    }
    const object = document.toJS();
    if (object == null) {
      continue;
    }
    objects++;
    const where = `${file} ${object.kind}/${object.metadata?.name}`;
    let Model;
    try {
      Model = await modelOf(object.apiVersion, object.kind);
    } catch (e) {
      Model = undefined;
    }
    if (!Model) {
      fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      fail(where, e.message.split('\n').slice(0, 5).join(' | '));
      continue;
    }
    for (const container of containersOf(object)) {
      for (const env of container.env ?? []) {
        if (env.value !== undefined) {
          fail(where, `container ${container.name}: env ${env.name} has a literal value; use envFrom or valueFrom`);
        }
      }
      if (object.kind === 'Deployment') {
        for (const probe of ['readinessProbe', 'livenessProbe']) {
          if (!container[probe]) fail(where, `container ${container.name} has no ${probe}`);
        }
        if (!container.resources?.requests || !container.resources?.limits) {
          fail(where, `container ${container.name} has no resource requests and limits`);
        }
      }
    }
    console.log(`ok    ${where}`);
  }
}
console.log(`kubernetes: ${objects} objects, ${errors} errors`);
process.exit(errors > 0 ? 1 : 0);
