// The recording player's <audio> elements: speed, and a report to the component when a source fails,
// so that it can explain why or fetch a fresh link once.

export function attach(audio, player, recordingId) {
    // A re-render may attach the same element again: one report per failure is enough.
    if (audio.dataset.attached) {
        return;
    }
    audio.dataset.attached = 'yes';
    const report = () => player.invokeMethodAsync('PlaybackFailed', recordingId, audio.error ? audio.error.code : 0);
    audio.addEventListener('error', report);
    // A quick press of play can fail before the circuit attaches the player: that failure is reported now.
    if (audio.error) {
        report();
    }
}

export function setRate(audio, rate) {
    // The default rate survives a new source; the current one applies now.
    audio.defaultPlaybackRate = rate;
    audio.playbackRate = rate;
}

export function play(audio) {
    return audio.play().catch(() => { });
}

export function replay(audio, src) {
    audio.src = src;
    audio.load();
    return play(audio);
}
