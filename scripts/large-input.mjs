// Generates large .drone.yml files for the benchmark and the scaling test: n services with a few keys each.
export function largeDroneFile(n) {
  let text = 'build:\n  image: golang:1.7\n  commands:\n    - go test ./...\ncompose:\n';
  for (let i = 0; i < n; i++) {
    text += `  service-${i}:\n    image: registry.example.com/team/db-${i % 7}:${i % 13}.0\n    pull: ${i % 2 === 0 ? 'true' : 'false'}\n`;
    text += `    environment:\n      - NAME=service-${i}\n      - SECRET=$$SECRET_${i % 5}\n    command: [serve, --port, "${10000 + i}"]\n`;
  }
  return text;
}

// The same size of file with a mistake in every service: a key written twice (a warning) and a list where a
// string belongs (an error), for the scaling of the error path (validation, diagnostics, their rendering).
export function brokenDroneFile(n) {
  let text = 'compose:\n';
  for (let i = 0; i < n; i++) {
    text += `  ${i}-service:\n    image: [db-${i % 7}]\n    pull: true\n    pull: false\n    environment:\n      - NAME=service-${i}\n`;
  }
  return text;
}
