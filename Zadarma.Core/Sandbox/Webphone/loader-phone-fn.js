// Sandbox stand-in for Zadarma's loader-phone-fn.js: the same entry point, zadarmaWidgetFn, drawn by the library
// loaded before it, which signs in to the sandbox with the key. What it was called with is kept on
// window.zadarmaSandboxWidget for tests to read.
(function () {
    'use strict';

    window.zadarmaWidgetFn = function (key, login, shape, language, visible, position) {
        if (!window.zadarmaSandboxPhoneLib) {
            throw new Error('loader-phone-lib.js must be loaded before zadarmaWidgetFn is called.');
        }
        var previous = window.zadarmaSandboxWidget;
        window.zadarmaSandboxWidget = {
            key: key,
            login: login,
            shape: shape,
            language: language,
            visible: visible,
            position: position,
            calls: previous ? previous.calls + 1 : 1
        };
        var drawn = document.getElementById('zadarma-sandbox-phone');
        if (drawn) drawn.remove();
        window.zadarmaSandboxPhoneLib.draw(login, shape, language, visible, position, key);
    };
})();
