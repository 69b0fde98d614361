// Says whether the service and its database answer, from /ready; while they
// do not, says why and asks again when /ready's Retry-After says to.
const box = document.getElementById('health');
function check() {
  fetch('/ready', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (response.ok) {
        box.textContent = 'The service and its database are up.';
        box.className = 'status ok';
        return;
      }
      const reason = (await response.json().catch(() => ({}))).reason;
      const seconds = Number(response.headers.get('retry-after')) || 5;
      box.textContent = `The service answers, the database does not (${response.status}${reason ? `: ${reason}` : ''}). Checking again in ${seconds} s.`;
      box.className = 'status down';
      setTimeout(check, seconds * 1000);
    })
    .catch(() => {
      box.textContent = 'The service does not answer.';
      box.className = 'status down';
    });
}
check();
