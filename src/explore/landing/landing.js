// Says whether the service and its database answer, from /ready.
const box = document.getElementById('health');
fetch('/ready', { headers: { accept: 'application/json' } })
  .then(async (response) => {
    box.textContent = response.ok ? 'The service and its database are up.' : `The service answers, the database does not (${response.status}).`;
    box.className = `status ${response.ok ? 'ok' : 'down'}`;
  })
  .catch(() => {
    box.textContent = 'The service does not answer.';
    box.className = 'status down';
  });
