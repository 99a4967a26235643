// The server shows times in the browser's zone until the user picks one: tell it which zone that is.
document.cookie = "zadarma.tz=" + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone) + "; path=/; max-age=31536000; samesite=lax";
