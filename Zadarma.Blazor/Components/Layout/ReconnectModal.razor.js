// The reconnect overlay's reload buttons. The overlay lives outside the circuit (which is what it reports on), and the
// page's script policy allows no inline handlers or javascript: links, so its buttons are wired here.
document.addEventListener('click', event => {
    if (event.target.closest('#components-reconnect-modal [data-reconnect-reload]')) {
        location.reload();
    }
});
