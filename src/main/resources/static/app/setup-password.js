// The setup-password page (served by the server, without login): a setup link carries its secret after '#', which
// the browser never sends to a server. Copy it into the form, then drop it from the address bar and history.
const field = document.getElementById('token');
if (field && !field.value && location.hash.length > 1) {
  field.value = decodeURIComponent(location.hash.slice(1));
}
if (location.hash) {
  history.replaceState(null, '', location.pathname);
}
