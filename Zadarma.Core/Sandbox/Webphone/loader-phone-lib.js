// Sandbox stand-in for Zadarma's loader-phone-lib.js: the phone half of the widget. It signs in to the sandbox PBX with
// the SIP login and key, as Zadarma's widget registers with them, hears its calls (incoming calls ring here) and sends
// what the agent does (answer, decline, dial, hang up); the sandbox turns that into the webhooks Zadarma would send.
(function () {
    'use strict';

    window.zadarmaSandboxPhoneLibLoads = (window.zadarmaSandboxPhoneLibLoads || 0) + 1;

    // The line lives next to this script: .../sandbox/zadarma/webphone/line.
    var lineAddress = new URL('line', document.currentScript ? document.currentScript.src : document.baseURI).href;

    var texts = {
        en: { title: 'Sandbox phone', number: 'Number to call', call: 'Call', hangUp: 'Hang up', answer: 'Answer', decline: 'Decline',
            ready: 'Ready', connecting: 'Connecting to the PBX…', refused: 'The phone could not sign in. Reload the page.',
            calling: 'Calling {0}…', incoming: 'Incoming call from {0}', talking: 'On the call with {0}',
            Answered: 'Call with {0} ended', Declined: 'Call from {0} declined', Missed: 'Missed call from {0}',
            Cancelled: 'Call to {0} cancelled', Busy: 'Busy: call from {0} not taken', minimise: 'Minimise the phone', expand: 'Show the phone' },
        ru: { title: 'Тестовый телефон', number: 'Номер для звонка', call: 'Позвонить', hangUp: 'Завершить', answer: 'Ответить', decline: 'Отклонить',
            ready: 'Готов', connecting: 'Подключение к АТС…', refused: 'Телефон не смог войти. Обновите страницу.',
            calling: 'Звоним на {0}…', incoming: 'Входящий звонок с {0}', talking: 'Разговор с {0}',
            Answered: 'Разговор с {0} завершён', Declined: 'Звонок с {0} отклонён', Missed: 'Пропущенный звонок с {0}',
            Cancelled: 'Звонок на {0} отменён', Busy: 'Занято: звонок с {0} не принят', minimise: 'Свернуть телефон', expand: 'Показать телефон' },
        ua: { title: 'Тестовий телефон', number: 'Номер для дзвінка', call: 'Зателефонувати', hangUp: 'Завершити', answer: 'Відповісти', decline: 'Відхилити',
            ready: 'Готовий', connecting: 'Підключення до АТС…', refused: 'Телефон не зміг увійти. Оновіть сторінку.',
            calling: 'Дзвонимо на {0}…', incoming: 'Вхідний дзвінок з {0}', talking: 'Розмова з {0}',
            Answered: 'Розмову з {0} завершено', Declined: 'Дзвінок з {0} відхилено', Missed: 'Пропущений дзвінок з {0}',
            Cancelled: 'Дзвінок на {0} скасовано', Busy: 'Зайнято: дзвінок з {0} не прийнято', minimise: 'Згорнути телефон', expand: 'Показати телефон' },
        pl: { title: 'Telefon testowy', number: 'Numer do połączenia', call: 'Zadzwoń', hangUp: 'Rozłącz', answer: 'Odbierz', decline: 'Odrzuć',
            ready: 'Gotowy', connecting: 'Łączenie z centralą…', refused: 'Telefon nie mógł się zalogować. Odśwież stronę.',
            calling: 'Łączenie z {0}…', incoming: 'Połączenie przychodzące z {0}', talking: 'Rozmowa z {0}',
            Answered: 'Rozmowa z {0} zakończona', Declined: 'Odrzucono połączenie z {0}', Missed: 'Nieodebrane połączenie z {0}',
            Cancelled: 'Anulowano połączenie z {0}', Busy: 'Zajęte: nie odebrano połączenia z {0}', minimise: 'Zwiń telefon', expand: 'Pokaż telefon' },
        de: { title: 'Sandbox-Telefon', number: 'Rufnummer', call: 'Anrufen', hangUp: 'Auflegen', answer: 'Annehmen', decline: 'Ablehnen',
            ready: 'Bereit', connecting: 'Verbindung zur Telefonanlage…', refused: 'Das Telefon konnte sich nicht anmelden. Laden Sie die Seite neu.',
            calling: 'Rufe {0} an…', incoming: 'Eingehender Anruf von {0}', talking: 'Im Gespräch mit {0}',
            Answered: 'Gespräch mit {0} beendet', Declined: 'Anruf von {0} abgelehnt', Missed: 'Verpasster Anruf von {0}',
            Cancelled: 'Anruf an {0} abgebrochen', Busy: 'Besetzt: Anruf von {0} nicht angenommen', minimise: 'Telefon minimieren', expand: 'Telefon anzeigen' },
        es: { title: 'Teléfono de prueba', number: 'Número a llamar', call: 'Llamar', hangUp: 'Colgar', answer: 'Contestar', decline: 'Rechazar',
            ready: 'Listo', connecting: 'Conectando con la centralita…', refused: 'El teléfono no pudo iniciar sesión. Recargue la página.',
            calling: 'Llamando a {0}…', incoming: 'Llamada entrante de {0}', talking: 'En llamada con {0}',
            Answered: 'Llamada con {0} finalizada', Declined: 'Llamada de {0} rechazada', Missed: 'Llamada perdida de {0}',
            Cancelled: 'Llamada a {0} cancelada', Busy: 'Ocupado: llamada de {0} no atendida', minimise: 'Minimizar el teléfono', expand: 'Mostrar el teléfono' },
        fr: { title: 'Téléphone de test', number: 'Numéro à appeler', call: 'Appeler', hangUp: 'Raccrocher', answer: 'Répondre', decline: 'Refuser',
            ready: 'Prêt', connecting: 'Connexion au standard…', refused: 'Le téléphone n’a pas pu se connecter. Rechargez la page.',
            calling: 'Appel vers {0}…', incoming: 'Appel entrant de {0}', talking: 'En communication avec {0}',
            Answered: 'Appel avec {0} terminé', Declined: 'Appel de {0} refusé', Missed: 'Appel manqué de {0}',
            Cancelled: 'Appel vers {0} annulé', Busy: 'Occupé : appel de {0} non pris', minimise: 'Réduire le téléphone', expand: 'Afficher le téléphone' }
    };

    // Colours come from the page's theme when it has one (custom properties reach into the shadow root), so the phone
    // follows light and dark mode.
    var style = [
        ':host { all: initial; position: fixed; z-index: 1250; font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }',
        '.panel { width: 248px; max-width: calc(100vw - 16px); box-sizing: border-box; background: var(--mud-palette-surface, #fff); color: var(--mud-palette-text-primary, #1f2433);',
        '  box-shadow: 0 6px 24px rgba(20, 24, 60, .25); overflow: hidden; border: 1px solid var(--mud-palette-lines-default, #e3e6f0); }',
        '.rounded .panel { border-radius: 18px; } .square .panel { border-radius: 4px; }',
        '.head { display: flex; align-items: center; gap: 10px; padding: 8px 10px 8px 14px; background: var(--mud-palette-primary, #4340d2); color: var(--mud-palette-primary-text, #fff); }',
        '.dot { width: 10px; height: 10px; border-radius: 50%; background: #9e9e9e; flex: none; }',
        '.online .dot { background: #4caf50; box-shadow: 0 0 0 3px rgba(76, 175, 80, .3); }',
        '.ringing .dot { background: #ffb300; animation: pulse 1s infinite; }',
        '@keyframes pulse { 50% { box-shadow: 0 0 0 6px rgba(255, 179, 0, .35); } }',
        '.who { flex: 1; min-width: 0; }',
        '.title { font-size: 14px; font-weight: 600; line-height: 1.2; }',
        '.status { font-size: 12px; line-height: 1.3; opacity: .9; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }',
        '.timer { font-size: 22px; font-weight: 300; text-align: center; font-variant-numeric: tabular-nums; }',
        '.timer[hidden] { display: none; }',
        '.login { font: 11px/1.3 ui-monospace, Menlo, Consolas, monospace; color: var(--mud-palette-text-secondary, #6b7186); text-align: center; }',
        '.toggle { all: unset; cursor: pointer; width: 28px; height: 28px; border-radius: 6px; text-align: center; font-size: 18px; line-height: 28px; color: inherit; }',
        '.toggle:hover, .toggle:focus-visible { background: rgba(255, 255, 255, .2); outline: 2px solid currentColor; outline-offset: -2px; }',
        '.body { padding: 12px 14px 14px; display: flex; flex-direction: column; gap: 10px; }',
        '.minimised .body { display: none; }',
        '.number { box-sizing: border-box; width: 100%; padding: 9px 11px; font-size: 15px; border: 1px solid var(--mud-palette-lines-inputs, #cfd4e4); border-radius: 8px;',
        '  outline: none; letter-spacing: .5px; background: transparent; color: inherit; }',
        '.number:focus { border-color: var(--mud-palette-primary, #4340d2); }',
        '.number[aria-invalid=true] { border-color: var(--mud-palette-error, #c62828); }',
        '.number[hidden] { display: none; }',
        '.actions { display: flex; gap: 8px; }',
        '.actions button { flex: 1; display: flex; align-items: center; justify-content: center; gap: 6px; padding: 9px; border: none; border-radius: 8px; cursor: pointer;',
        '  font-size: 14px; font-weight: 600; color: #fff; background: #2e7d32; }',
        '.rounded .actions button, .rounded .number { border-radius: 20px; }',
        '.actions button:hover { filter: brightness(1.1); } .actions button:focus-visible { outline: 3px solid var(--mud-palette-primary, #4340d2); outline-offset: 2px; }',
        '.actions .end { background: #c62828; } .actions .end svg { transform: rotate(135deg); }',
        '.actions svg { width: 16px; height: 16px; fill: currentColor; }'
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
        if (className) e.className = className;
        if (text) e.textContent = text;
        return e;
    }

    function button(className, icon, text, onClick) {
        var b = element('button', className);
        b.type = 'button';
        b.innerHTML = icon ? phoneIcon : '';
        b.appendChild(element('span', '', text));
        b.addEventListener('click', onClick);
        return b;
    }

    function format(template, number) {
        return template.replace('{0}', number.length > 6 ? '+' + number : number);
    }

    function duration(seconds) {
        var s = Math.max(0, Math.floor(seconds));
        return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    }

    // One line to the sandbox: a stream of the phone's states, read with fetch so that it can carry the key in a header.
    function connect(login, key, onState, onStatus) {
        var headers = { 'X-Webphone-Login': login, 'X-Webphone-Key': key };
        var wait = 1000;

        function send(action, body) {
            return fetch(lineAddress + '/' + action, {
                method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' }, headers), body: JSON.stringify(body)
            });
        }

        async function listen() {
            onStatus('connecting');
            try {
                var response = await fetch(lineAddress, { headers: headers, cache: 'no-store' });
                if (response.status === 401 || response.status === 404) {
                    onStatus('refused');
                    return;
                }
                if (!response.ok || !response.body) throw new Error('line ' + response.status);
                var reader = response.body.pipeThrough(new TextDecoderStream()).getReader(), buffer = '';
                while (true) {
                    var chunk = await reader.read();
                    if (chunk.done) break;
                    buffer += chunk.value;
                    var end;
                    while ((end = buffer.indexOf('\n\n')) >= 0) {
                        var message = buffer.slice(0, end);
                        buffer = buffer.slice(end + 2);
                        var data = message.split('\n').filter(function (l) { return l.indexOf('data:') === 0; })
                            .map(function (l) { return l.slice(5).trim(); }).join('\n');
                        if (data) {
                            wait = 1000;
                            onStatus('online');
                            onState(JSON.parse(data));
                        }
                    }
                }
            } catch (e) {
                // The network or the app went away: try again, less often the longer it lasts.
            }
            onStatus('connecting');
            setTimeout(listen, wait);
            wait = Math.min(wait * 2, 10000);
        }

        listen();
        return send;
    }

    function draw(login, shape, language, visible, position, key) {
        var t = texts[language] || texts.en;
        var host = document.createElement('div');
        host.id = 'zadarma-sandbox-phone';
        host.lang = language;
        host.setAttribute('role', 'region');
        host.setAttribute('aria-label', t.title);
        place(host, position);
        var root = host.attachShadow({ mode: 'open' });
        root.appendChild(element('style', '', style));

        var frame = element('div', shape === 'rounded' ? 'rounded' : 'square');
        var panel = element('div', 'panel');
        var head = element('div', 'head');
        var who = element('div', 'who');
        // What the phone is doing, always in sight, minimised or not.
        var status = element('div', 'status', t.connecting);
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');
        who.appendChild(element('div', 'title', t.title));
        who.appendChild(status);
        var toggle = element('button', 'toggle');
        toggle.type = 'button';
        head.appendChild(element('span', 'dot'));
        head.appendChild(who);
        head.appendChild(toggle);

        var body = element('div', 'body');
        var number = element('input', 'number');
        number.type = 'tel';
        number.placeholder = t.number;
        number.setAttribute('aria-label', t.number);
        var actions = element('div', 'actions');
        // The talk time ticks apart from the status, so that a screen reader is not told every second.
        var timer = element('div', 'timer');
        timer.hidden = true;
        body.appendChild(number);
        body.appendChild(timer);
        body.appendChild(actions);
        body.appendChild(element('div', 'login', login));
        panel.appendChild(head);
        panel.appendChild(body);
        frame.appendChild(panel);
        root.appendChild(frame);

        var state = { status: 'Idle' }, line = 'connecting', talkingSince = 0, ticking = 0, send;

        // Minimised or not is the agent's choice and kept for the next page; a phone-width screen starts minimised.
        var remembered = localStorage.getItem('zadarma-sandbox-phone');
        var minimised = remembered ? remembered === 'minimised' : window.innerWidth < 1280;

        function setMinimised(value, remember) {
            minimised = value;
            frame.classList.toggle('minimised', minimised);
            host.dataset.state = minimised ? 'minimised' : 'expanded';
            toggle.textContent = minimised ? '+' : '–';
            toggle.setAttribute('aria-label', minimised ? t.expand : t.minimise);
            toggle.title = minimised ? t.expand : t.minimise;
            toggle.setAttribute('aria-expanded', String(!minimised));
            if (remember) localStorage.setItem('zadarma-sandbox-phone', minimised ? 'minimised' : 'expanded');
        }

        function act(action) {
            // The state stream says what came of it, in every open tab; a lost request changes nothing.
            if (send) send(action, { call: state.call }).catch(function () { });
        }

        function dial() {
            var typed = number.value.trim();
            if (!typed) {
                number.focus();
                return;
            }
            if (send) send('dial', { number: typed }).then(function (response) {
                if (response.ok) return;
                number.setAttribute('aria-invalid', 'true');
                number.focus();
            }, function () { });
        }

        function statusText() {
            if (line !== 'online') return t[line];
            switch (state.status) {
                case 'Ringing': return format(t.incoming, state.number);
                case 'Dialling': return format(t.calling, state.number);
                case 'Talking': return format(t.talking, state.number);
                case 'Ended': return format(t[state.outcome] || t.Answered, state.number);
                default: return t.ready;
            }
        }

        function tick() {
            timer.textContent = duration((Date.now() - talkingSince) / 1000);
        }

        function showStatus() {
            status.textContent = statusText();
            status.title = status.textContent;
        }

        function render() {
            frame.classList.toggle('online', line === 'online');
            frame.classList.toggle('ringing', state.status === 'Ringing');
            actions.replaceChildren();
            var idle = state.status === 'Idle' || state.status === 'Ended';
            number.hidden = !idle;
            if (state.status === 'Ringing') {
                actions.appendChild(button('', true, t.answer, function () { act('answer'); }));
                actions.appendChild(button('end', true, t.decline, function () { act('decline'); }));
            } else if (idle) {
                actions.appendChild(button('', true, t.call, dial));
            } else {
                actions.appendChild(button('end', true, t.hangUp, function () { act('hangup'); }));
            }
            clearInterval(ticking);
            timer.hidden = state.status !== 'Talking';
            if (!timer.hidden) {
                tick();
                ticking = setInterval(tick, 1000);
            }
            showStatus();
        }

        number.addEventListener('input', function () { number.removeAttribute('aria-invalid'); });
        number.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') dial();
        });
        toggle.addEventListener('click', function () { setMinimised(!minimised, true); });

        setMinimised(minimised, false);
        render();
        host.style.display = visible === false ? 'none' : '';
        document.body.appendChild(host);

        send = connect(login, key, function (next) {
            if (next.status === 'Talking' && state.status !== 'Talking') talkingSince = Date.now();
            // A ringing phone shows itself, as a real one would.
            if (next.status === 'Ringing' && minimised) setMinimised(false, false);
            state = next;
            render();
        }, function (next) {
            if (next === line) return;
            line = next;
            render();
        });
        return host;
    }

    window.zadarmaSandboxPhoneLib = { draw: draw };
})();
