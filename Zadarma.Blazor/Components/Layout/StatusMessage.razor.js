// The tab's history, for a page that cannot be shown: whether there is a page to go back to, and going there.
export function canGoBack() {
    return history.length > 1;
}

export function goBack() {
    history.back();
}
