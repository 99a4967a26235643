// Sandbox stand-in for Zadarma's loader-phone-lib.js: the drawing half of the widget. It places no real calls; it
// shows what an agent would see and lets tests read what the app passed in.
(function () {
    'use strict';

    window.zadarmaSandboxPhoneLibLoads = (window.zadarmaSandboxPhoneLibLoads || 0) + 1;

    var texts = {
        en: { title: 'Sandbox phone', number: 'Number to call', call: 'Call', hangUp: 'Hang up', ready: 'Ready', calling: 'Calling {0}…', hide: 'Hide', show: 'Show' },
        ru: { title: 'Тестовый телефон', number: 'Номер для звонка', call: 'Позвонить', hangUp: 'Завершить', ready: 'Готов', calling: 'Звоним на {0}…', hide: 'Свернуть', show: 'Развернуть' },
        ua: { title: 'Тестовий телефон', number: 'Номер для дзвінка', call: 'Зателефонувати', hangUp: 'Завершити', ready: 'Готовий', calling: 'Дзвонимо на {0}…', hide: 'Згорнути', show: 'Розгорнути' },
        pl: { title: 'Telefon testowy', number: 'Numer do połączenia', call: 'Zadzwoń', hangUp: 'Rozłącz', ready: 'Gotowy', calling: 'Łączenie z {0}…', hide: 'Zwiń', show: 'Rozwiń' },
        de: { title: 'Sandbox-Telefon', number: 'Rufnummer', call: 'Anrufen', hangUp: 'Auflegen', ready: 'Bereit', calling: 'Rufe {0} an…', hide: 'Einklappen', show: 'Ausklappen' },
        es: { title: 'Teléfono de prueba', number: 'Número a llamar', call: 'Llamar', hangUp: 'Colgar', ready: 'Listo', calling: 'Llamando a {0}…', hide: 'Ocultar', show: 'Mostrar' },
        fr: { title: 'Téléphone de test', number: 'Numéro à appeler', call: 'Appeler', hangUp: 'Raccrocher', ready: 'Prêt', calling: 'Appel vers {0}…', hide: 'Réduire', show: 'Agrandir' }
    };

    var style = [
        ':host { all: initial; position: fixed; z-index: 1050; font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }',
        '.panel { width: 248px; background: #fff; color: #1f2433; box-shadow: 0 10px 30px rgba(20, 24, 60, .22); overflow: hidden; border: 1px solid #e3e6f0; }',
        '.rounded .panel { border-radius: 18px; } .square .panel { border-radius: 4px; }',
        '.head { display: flex; align-items: center; gap: 10px; padding: 12px 14px; background: linear-gradient(135deg, #4340d2, #6461e6); color: #fff; }',
        '.dot { width: 10px; height: 10px; border-radius: 50%; background: #4caf50; box-shadow: 0 0 0 3px rgba(76, 175, 80, .3); flex: none; }',
        '.who { flex: 1; min-width: 0; }',
        '.title { font-size: 14px; font-weight: 600; line-height: 1.2; }',
        '.login { font: 12px/1.3 ui-monospace, Menlo, Consolas, monospace; opacity: .85; }',
        '.toggle { all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center; font-size: 18px; line-height: 22px; color: #fff; }',
        '.toggle:hover { background: rgba(255, 255, 255, .18); }',
        '.body { padding: 14px; display: flex; flex-direction: column; gap: 10px; }',
        '.collapsed .body { display: none; }',
        '.number { box-sizing: border-box; width: 100%; padding: 9px 11px; font-size: 15px; border: 1px solid #cfd4e4; border-radius: 8px; outline: none; letter-spacing: .5px; }',
        '.number:focus { border-color: #4340d2; box-shadow: 0 0 0 3px rgba(67, 64, 210, .15); }',
        '.call { display: flex; align-items: center; justify-content: center; gap: 8px; padding: 9px; border: none; border-radius: 8px; cursor: pointer; font-size: 14px; font-weight: 600; color: #fff; background: #2e9d4f; }',
        '.rounded .call, .rounded .number { border-radius: 20px; }',
        '.call:hover { filter: brightness(1.08); } .call.busy { background: #d64545; } .call.busy svg { transform: rotate(135deg); }',
        '.call svg { width: 16px; height: 16px; fill: currentColor; }',
        '.status { font-size: 12px; color: #6b7186; text-align: center; }'
    ].join('\n');

    var phoneIcon = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/></svg>';

    // Zadarma's position is script notation, e.g. {right:'10px',bottom:'5px'}; only page edges are taken from it.
    function place(host, position) {
        var found = false, pattern = /(top|right|bottom|left)\s*:\s*'([^']*)'/g, match;
        while ((match = pattern.exec(position || '')) !== null) {
            host.style[match[1]] = match[2];
            found = true;
        }
        if (!found) {
            host.style.right = '10px';
            host.style.bottom = '5px';
        }
    }

    function element(tag, className, text) {
        var e = document.createElement(tag);
        e.className = className;
        if (text) e.textContent = text;
        return e;
    }

    function draw(login, shape, language, visible, position) {
        var t = texts[language] || texts.en;
        var host = document.createElement('div');
        host.id = 'zadarma-sandbox-phone';
        host.lang = language;
        place(host, position);
        var root = host.attachShadow({ mode: 'open' });
        root.appendChild(element('style', '', style));

        var frame = element('div', shape === 'rounded' ? 'rounded' : 'square');
        var panel = element('div', 'panel');
        var head = element('div', 'head');
        var who = element('div', 'who');
        who.appendChild(element('div', 'title', t.title));
        who.appendChild(element('div', 'login', login));
        var toggle = element('button', 'toggle', '–');
        toggle.type = 'button';
        toggle.title = t.hide;
        head.appendChild(element('span', 'dot'));
        head.appendChild(who);
        head.appendChild(toggle);

        var body = element('div', 'body');
        var number = element('input', 'number');
        number.type = 'tel';
        number.placeholder = t.number;
        number.setAttribute('aria-label', t.number);
        var call = element('button', 'call');
        call.type = 'button';
        var status = element('div', 'status', t.ready);
        body.appendChild(number);
        body.appendChild(call);
        body.appendChild(status);

        var busy = false;
        function show() {
            call.innerHTML = phoneIcon + '<span></span>';
            call.lastChild.textContent = busy ? t.hangUp : t.call;
            call.classList.toggle('busy', busy);
            status.textContent = busy ? t.calling.replace('{0}', number.value.trim()) : t.ready;
        }
        call.addEventListener('click', function () {
            if (!busy && !number.value.trim()) {
                number.focus();
                return;
            }
            busy = !busy;
            show();
        });
        toggle.addEventListener('click', function () {
            var collapsed = panel.classList.toggle('collapsed');
            toggle.textContent = collapsed ? '+' : '–';
            toggle.title = collapsed ? t.show : t.hide;
        });
        show();

        panel.appendChild(head);
        panel.appendChild(body);
        frame.appendChild(panel);
        root.appendChild(frame);
        host.style.display = visible === false ? 'none' : '';
        document.body.appendChild(host);
        return host;
    }

    window.zadarmaSandboxPhoneLib = { draw: draw };
})();
