// The article page's workbench in the browser: choosing claims, the claim panel, keyboard shortcuts (with undo of a
// single-key verdict), marking claims in the text and drafts of unsaved text. Every page works without this file; it
// saves reloads and keystrokes. Only standard DOM APIs (Selection, Range), so every current browser behaves alike.
'use strict';

(function () {
    const DRAFT_PREFIX = 'fcw-draft:';

    // --- Requests -------------------------------------------------------------------------------------------------

    // htmx requests repeat the CSRF token in a header, as forms do in a field (see CsrfProtection).
    document.addEventListener('htmx:configRequest', (event) => {
        const token = document.querySelector('meta[name="csrf-token"]');
        if (token) {
            event.detail.headers['X-CSRF-Token'] = token.content;
        }
    });

    document.addEventListener('htmx:beforeSwap', (event) => {
        const xhr = event.detail.xhr;
        // An ended session answers with the sign-in page: reload to sign in again (drafts are kept meanwhile).
        if (xhr.responseURL && new URL(xhr.responseURL).pathname === '/login') {
            event.detail.shouldSwap = false;
            window.location.reload();
            return;
        }
        // A form saved: its drafts are in the database now. (Loading another claim's panel forgets nothing.)
        const source = event.detail.requestConfig.elt;
        if (xhr.status >= 200 && xhr.status < 300 && source instanceof HTMLFormElement) {
            forgetDrafts(source);
        }
    });

    // --- Choosing a claim -----------------------------------------------------------------------------------------

    const workbench = () => document.querySelector('.workbench');
    const articleText = () => document.querySelector('.workbench .article-text');
    const listEntries = () => Array.from(document.querySelectorAll('.workbench .claim-list [data-claim-id]'));
    const panel = () => document.getElementById('claim-panel');
    const scrollBehavior = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

    // Shows a claim as the chosen one in the text, the list and the address, without loading its panel.
    function highlight(claimId, { scrollText = true } = {}) {
        const bench = workbench();
        const id = String(claimId);
        bench.querySelectorAll('[aria-current="true"]').forEach((element) => element.removeAttribute('aria-current'));
        const mark = bench.querySelector(`.article-text [data-claim-id="${id}"]`);
        const entry = bench.querySelector(`.claim-list [data-claim-id="${id}"]`);
        [mark, entry].forEach((element) => element && element.setAttribute('aria-current', 'true'));
        if (entry) {
            entry.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
        }
        if (mark && scrollText) {
            mark.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
        }
        const url = new URL(window.location.href);
        url.searchParams.set('claim', id);
        window.history.replaceState(null, '', url);
    }

    function select(claimId, { scrollText = true } = {}) {
        const bench = workbench();
        if (!bench) {
            return;
        }
        const id = String(claimId);
        highlight(id, { scrollText });
        if (bench.dataset.selected !== id || !panel().querySelector('form')) {
            bench.dataset.selected = id;
            htmx.ajax('GET', `/articles/${bench.dataset.articleId}/claims/${id}/panel`,
                { target: '#claim-panel', swap: 'innerHTML' });
        }
    }

    // The next claim after this one (or the first) that nobody has started to review, in text order.
    function nextUnreviewed(afterClaimId) {
        const entries = listEntries();
        const from = entries.findIndex((entry) => entry.dataset.claimId === String(afterClaimId)) + 1;
        const next = entries.slice(from).find((entry) => entry.dataset.status === 'UNREVIEWED');
        return next ? next.dataset.claimId : null;
    }

    // Keys that act on the panel wait for the chosen claim's panel (after j, or a save), so that they act on the claim
    // the reviewer sees next, never on the one about to be replaced. When no panel is on its way (a request failed),
    // they are dropped rather than kept for whichever claim opens later.
    let panelRequests = 0;
    let whenPanelReady = [];

    const panelIsReady = () => {
        const head = panel() && panel().querySelector('.panel-head');
        return panelRequests === 0 && (!head || !workbench() || head.dataset.claimId === workbench().dataset.selected);
    };

    function afterPanelRequests(action) {
        if (panelIsReady()) {
            action();
        } else if (panelRequests > 0) {
            whenPanelReady.push(action);
        }
    }

    document.addEventListener('htmx:beforeRequest', (event) => {
        if (event.detail.target === panel()) {
            event.detail.countedForPanel = true; // the same detail comes back with htmx:afterRequest
            panelRequests += 1;
        }
    });

    document.addEventListener('htmx:afterRequest', (event) => {
        if (!event.detail.countedForPanel) {
            return;
        }
        event.detail.countedForPanel = false;
        panelRequests -= 1;
        // Once htmx has sent the request it queued meanwhile (a second j), so that the count includes it.
        window.setTimeout(() => {
            if (panelRequests > 0) {
                return;
            }
            const actions = whenPanelReady;
            whenPanelReady = [];
            if (panelIsReady()) {
                actions.forEach((action) => action());
            }
        });
    });

    function focusPanelHeading() {
        const heading = document.getElementById('panel-title');
        if (heading) {
            heading.focus({ preventScroll: true });
            heading.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
        }
    }

    function move(step) {
        const entries = listEntries();
        if (entries.length === 0) {
            return;
        }
        const current = entries.findIndex((entry) => entry.dataset.claimId === workbench().dataset.selected);
        const next = current < 0 ? (step > 0 ? 0 : entries.length - 1)
            : Math.min(entries.length - 1, Math.max(0, current + step));
        select(entries[next].dataset.claimId);
    }

    document.addEventListener('click', (event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return; // opening the claim's own page in a new tab, or extending a selection, stays possible
        }
        const mark = event.target.closest('.workbench .article-text [data-claim-id]');
        if (mark && event.target.closest('.claim-badge')) {
            event.preventDefault(); // the badge is a link only for pages without this script
            select(mark.dataset.claimId, { scrollText: false });
            return;
        }
        if (mark) {
            // A click places a caret in the claim (where a split would cut it) and chooses the claim; the end of a
            // drag leaves a selection (for new boundaries), and chooses nothing.
            if (window.getSelection().isCollapsed) {
                select(mark.dataset.claimId, { scrollText: false });
            }
            return;
        }
        const nextLink = event.target.closest('a[href="/claims/next"]');
        if (nextLink && workbench()) {
            openNextUnreviewed(nextLink);
            event.preventDefault();
            return;
        }
        const entry = event.target.closest('.workbench .claim-list [data-claim-id]');
        if (entry && event.target.closest('a')) {
            event.preventDefault();
            select(entry.dataset.claimId);
            return;
        }
        const opener = event.target.closest('[data-opens]');
        if (opener) {
            document.getElementById(opener.dataset.opens).showModal();
            return;
        }
        if (event.target.closest('[data-use-selection]')) {
            useSelectionForSpan();
            return;
        }
        if (event.target.closest('[data-undo]')) {
            undoLastKey();
        }
    });

    // "Next unreviewed" stays in this article while it has one after the chosen claim; past its last, the link takes
    // over (to the reviewer's queue or another article).
    function openNextUnreviewed(link) {
        const selected = workbench().dataset.selected;
        const next = nextUnreviewed(selected);
        if (next) {
            select(next);
            afterPanelRequests(focusPanelHeading);
        } else {
            window.location.assign(selected ? `${link.pathname}?after=${selected}` : link.href);
        }
    }

    // --- Keyboard -------------------------------------------------------------------------------------------------

    function isTyping(target) {
        return target instanceof Element
            && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);
    }

    function pressPanelButton(shortcut) {
        const button = panel() && panel().querySelector(`[data-shortcut="${shortcut}"]`);
        if (button) {
            rememberBeforeKey();
            button.click();
        }
    }

    function focusField(id) {
        const field = document.getElementById(id);
        if (field) {
            field.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
            field.focus({ preventScroll: true });
        }
    }

    document.addEventListener('keydown', (event) => {
        if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing
            || isTyping(event.target) || document.querySelector('dialog[open]') || !workbench()) {
            return;
        }
        const key = event.key;
        if (key === 'j') {
            move(1);
        } else if (key === 'k') {
            move(-1);
        } else if (/^[1-7]$/.test(key) || key === 'd') {
            afterPanelRequests(() => pressPanelButton(key));
        } else if (key === 'u') {
            undoLastKey();
        } else if (key === 'r') {
            afterPanelRequests(() => focusField('rationale'));
        } else if (key === 's') {
            afterPanelRequests(() => focusField('source-url'));
        } else if (key === 'n') {
            afterPanelRequests(() => focusField('note-text'));
        } else if (key === '?') {
            document.getElementById('shortcuts').showModal();
        } else {
            return;
        }
        event.preventDefault();
    });

    // In the review form Shift+Enter is "Save and next"; in any field of the panel Esc hands the keys back to the
    // shortcuts, from the claim's heading.
    document.addEventListener('keydown', (event) => {
        const form = event.target instanceof Element && event.target.closest('.review-form');
        if (event.key === 'Enter' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey
            && !event.isComposing && form) {
            const saveAndNext = form.querySelector('button[name="then"][value="next"]');
            if (saveAndNext) {
                event.preventDefault();
                saveAndNext.click(); // a click, so that htmx sends the button's then=next with the form
            }
        } else if (event.key === 'Escape' && isTyping(event.target) && event.target.closest('#claim-panel')) {
            event.preventDefault();
            focusPanelHeading();
        }
    });

    // --- Offsets in the article text ------------------------------------------------------------------------------

    // Every piece of the article text is an element with data-start, its offset in the stored text; a point in the
    // page is that offset plus the length of the piece's text before the point. A claim's badge is an empty link
    // whose label the stylesheet draws, so it adds no text.
    function offsetOf(node, offset) {
        const text = articleText();
        if (node === text) {
            const piece = text.childNodes[offset];
            if (piece) {
                return Number(piece.dataset.start);
            }
            const last = text.lastElementChild;
            return last ? Number(last.dataset.start) + last.textContent.length : 0;
        }
        const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        const piece = element.closest('[data-start]');
        if (!piece || !text.contains(piece)) {
            return null;
        }
        const before = document.createRange();
        before.setStart(piece, 0);
        before.setEnd(node, offset);
        return Number(piece.dataset.start) + before.toString().length;
    }

    let lastSelection = null; // { start, end } of the last text selected in the article
    let lastCaret = null; // { claimId, at } of the last click inside a claim

    function selectionInText() {
        const text = articleText();
        const selection = window.getSelection();
        if (!text || selection.rangeCount === 0) {
            return null;
        }
        const range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
            return null;
        }
        const start = offsetOf(range.startContainer, range.startOffset);
        const end = offsetOf(range.endContainer, range.endOffset);
        return start === null || end === null ? null : { range, start, end };
    }

    function showMarkButton(selected) {
        const form = document.getElementById('mark-claim');
        if (!form) {
            return;
        }
        const touchesClaim = selected && Array.from(articleText().querySelectorAll('.claim-mark'))
            .some((mark) => selected.range.intersectsNode(mark));
        if (!selected || selected.start === selected.end || touchesClaim) {
            form.hidden = true;
            return;
        }
        form.elements.start.value = selected.start;
        form.elements.end.value = selected.end;
        const pane = form.parentElement.getBoundingClientRect();
        const box = selected.range.getBoundingClientRect();
        // Positioned through the CSS object model, which the Content-Security-Policy allows (style attributes it would not).
        form.style.top = `${box.bottom - pane.top + 6}px`;
        form.style.left = `${Math.max(0, Math.min(box.left - pane.left, pane.width - 160))}px`;
        form.hidden = false;
    }

    function fillSplitPoint() {
        const field = document.getElementById('split-at');
        if (field && lastCaret && field.dataset.splitFor === lastCaret.claimId) {
            field.value = lastCaret.at;
        }
    }

    document.addEventListener('selectionchange', () => {
        const selected = selectionInText();
        if (selected && selected.start !== selected.end) {
            lastSelection = { start: selected.start, end: selected.end };
        }
        if (selected && selected.start === selected.end) {
            const container = selected.range.startContainer;
            const mark = (container.nodeType === Node.TEXT_NODE ? container.parentElement : container).closest('.claim-mark');
            lastCaret = mark ? { claimId: mark.dataset.claimId, at: selected.start } : null;
            fillSplitPoint();
        }
        showMarkButton(selected);
    });

    function useSelectionForSpan() {
        if (!lastSelection) {
            return;
        }
        document.getElementById('span-start').value = lastSelection.start;
        document.getElementById('span-end').value = lastSelection.end;
    }

    // --- After a save; undoing a single-key verdict ---------------------------------------------------------------

    // A verdict key saves at once, so a stray key must be easy to take back: for a few seconds a message offers to
    // undo it (its button, or u), which saves the claim's review as it was before, an ordinary change in its history.
    const UNDO_SECONDS = 10;
    const undoStatus = () => document.getElementById('undo-status');
    let beforeKey = null; // the claim's saved review (the panel head's data) when a verdict key was pressed
    let undoable = null; // that review, with what the key saved, until it is undone or the time is up
    let undoTimer = null;

    function rememberBeforeKey() {
        const head = panel().querySelector('.panel-head');
        beforeKey = head ? { ...head.dataset } : null;
    }

    function say(...parts) {
        const status = undoStatus();
        if (status) {
            status.replaceChildren(...parts);
        }
        window.clearTimeout(undoTimer);
        undoTimer = window.setTimeout(forgetUndo, UNDO_SECONDS * 1000);
    }

    function offerUndo(before, after) {
        if (before.decision === after.decision && before.rationale === after.rationale) {
            return;
        }
        undoable = { ...before, saved: after.rationale, version: after.version };
        const message = document.createElement('p');
        message.textContent = `Claim ${after.number} saved: ${after.decisionLabel}.`;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.dataset.undo = '';
        button.setAttribute('aria-keyshortcuts', 'u');
        const key = document.createElement('kbd');
        key.textContent = 'u';
        button.append('Undo ', key);
        say(message, button);
    }

    function forgetUndo() {
        undoable = null;
        window.clearTimeout(undoTimer);
        if (undoStatus()) {
            undoStatus().replaceChildren();
        }
    }

    function undoLastKey() {
        if (!undoable) {
            return;
        }
        const { claimId, number, decision, decisionLabel, rationale, saved, version } = undoable;
        forgetUndo();
        if (saved !== rationale) {
            // The rationale saved with the verdict becomes a draft again: undoing loses no typing.
            window.localStorage.setItem(`${DRAFT_PREFIX}${claimId}:rationale`, saved);
        }
        htmx.ajax('POST', `/claims/${claimId}`, { target: '#claim-panel', swap: 'innerHTML',
            values: { decision, rationale, version } }).then(() => {
            const head = panel().querySelector('.panel-head');
            if (head && head.dataset.claimId === claimId && head.dataset.decision === decision) {
                const message = document.createElement('p');
                message.textContent = `Undone: claim ${number} is ${decisionLabel} again.`;
                say(message);
            }
        });
    }

    // After a save the focus goes to the claim's heading (or to the field a refusal names), never to the page's body,
    // where the next keys would be shortcuts for who knows which claim. "Save and next" answers with the next
    // claim's panel; where the answer is still the saved claim, the next unreviewed claim of the list opens here.
    document.addEventListener('htmx:afterSwap', (event) => {
        const config = event.detail.requestConfig;
        const head = panel() && panel().querySelector('.panel-head');
        if (event.target !== panel() || !config || !head || String(config.verb).toLowerCase() === 'get') {
            return;
        }
        const answered = head.dataset.claimId;
        if (answered !== workbench().dataset.selected) {
            workbench().dataset.selected = answered;
            highlight(answered);
        }
        const status = event.detail.xhr.status;
        const review = /^\/claims\/(\d+)$/.exec(config.path);
        const before = beforeKey;
        beforeKey = null;
        if (status < 200 || status > 299) {
            const problem = panel().querySelector('[aria-invalid="true"]');
            afterPanelRequests(() => (problem ? problem.focus() : focusPanelHeading()));
            return;
        }
        if (review && before && before.claimId === review[1]) {
            offerUndo(before, { ...head.dataset });
        }
        if (review && config.formData && config.formData.get('then') === 'next' && answered === review[1]) {
            const next = nextUnreviewed(answered);
            if (next) {
                select(next);
            }
        }
        afterPanelRequests(focusPanelHeading);
    });

    // --- Drafts ---------------------------------------------------------------------------------------------------

    // A rationale or note typed in the panel is kept in this browser, by claim and field, until a save succeeds:
    // a reload, a closed tab or another claim chosen meanwhile loses nothing.
    const draftKey = (field) => DRAFT_PREFIX + field.dataset.draft;

    document.addEventListener('input', (event) => {
        const field = event.target;
        if (!(field instanceof HTMLTextAreaElement) || !field.dataset.draft) {
            return;
        }
        if (field.value === field.defaultValue) {
            window.localStorage.removeItem(draftKey(field));
        } else {
            window.localStorage.setItem(draftKey(field), field.value);
        }
    });

    function restoreDrafts(root) {
        root.querySelectorAll('textarea[data-draft]').forEach((field) => {
            const draft = window.localStorage.getItem(draftKey(field));
            if (draft !== null && draft !== field.value) {
                field.value = draft;
                const note = field.parentElement.querySelector('.draft-note');
                if (note) {
                    note.hidden = false;
                }
            }
        });
    }

    function forgetDrafts(form) {
        form.querySelectorAll('textarea[data-draft]').forEach((field) => window.localStorage.removeItem(draftKey(field)));
    }

    // --- New content ----------------------------------------------------------------------------------------------

    function revealScriptControls(root) {
        root.querySelectorAll('[data-opens][hidden], [data-use-selection][hidden]').forEach((control) => {
            control.hidden = false;
        });
    }

    htmx.onLoad((root) => {
        if (!(root instanceof Element)) {
            return;
        }
        restoreDrafts(root);
        revealScriptControls(root);
        fillSplitPoint();
        const bench = root.matches('.workbench') ? root : root.querySelector('.workbench');
        if (bench && bench.dataset.selected) {
            const selected = bench.dataset.selected;
            delete bench.dataset.selected; // so that select() loads its panel
            select(selected);
        }
    });
}());
