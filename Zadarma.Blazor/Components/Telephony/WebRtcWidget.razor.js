// Zadarma's widget cannot be unloaded or started twice, so this module starts it at most once per page load, however
// often Blazor asks (a layout re-created, a second circuit on the same page). Later calls get the first outcome.
let started = null;

/**
 * Loads the widget's scripts in order, then calls zadarmaWidgetFn.
 * @returns {Promise<string|null>} null when the widget started, else what failed: a script's address or the call.
 */
export function start(scripts, key, login, shape, language, position) {
    started ??= run(scripts, key, login, shape, language, position);
    return started;
}

async function run(scripts, key, login, shape, language, position) {
    for (const script of scripts) {
        if (!await load(script)) {
            return script;
        }
    }
    if (typeof window.zadarmaWidgetFn !== 'function') {
        return 'zadarmaWidgetFn';
    }
    try {
        window.zadarmaWidgetFn(key, login, shape, language, true, position);
        // The page keeps room for the docked phone (telephony.css), so that it covers no row of a grid.
        document.documentElement.dataset.webphone = 'docked';
        return null;
    } catch {
        return 'zadarmaWidgetFn';
    }
}

function load(address) {
    return new Promise(resolve => {
        const script = document.createElement('script');
        script.src = new URL(address, document.baseURI).href;
        script.async = false;
        script.onload = () => resolve(true);
        script.onerror = () => resolve(false);
        document.head.appendChild(script);
    });
}
