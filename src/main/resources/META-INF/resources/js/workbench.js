// The article page's workbench in the browser: choosing claims, the claim panel, keyboard shortcuts, marking claims
// in the text and drafts of unsaved text. Every page works without this file; it saves reloads and keystrokes.
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

    function select(claimId, { scrollText = true } = {}) {
        const bench = workbench();
        if (!bench) {
            return;
        }
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
        if (bench.dataset.selected !== id || !panel().querySelector('form')) {
            bench.dataset.selected = id;
            htmx.ajax('GET', `/articles/${bench.dataset.articleId}/claims/${id}/panel`,
                { target: '#claim-panel', swap: 'innerHTML' });
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
            return; // opening the claim's own page in a new tab stays possible
        }
        const mark = event.target.closest('.workbench .article-text [data-claim-id]');
        if (mark) {
            event.preventDefault();
            // A drag inside the claim selects text (for new boundaries); only a plain click chooses it.
            if (window.getSelection().isCollapsed) {
                select(mark.dataset.claimId, { scrollText: false });
            }
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
        }
    });

    // --- Keyboard -------------------------------------------------------------------------------------------------

    function isTyping(target) {
        return target instanceof Element
            && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);
    }

    function pressPanelButton(shortcut) {
        const button = panel() && panel().querySelector(`[data-shortcut="${shortcut}"]`);
        if (button) {
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
            pressPanelButton(key);
        } else if (key === 's') {
            focusField('source-url');
        } else if (key === 'n') {
            focusField('note-text');
        } else if (key === '?') {
            document.getElementById('shortcuts').showModal();
        } else {
            return;
        }
        event.preventDefault();
    });

    // --- Offsets in the article text ------------------------------------------------------------------------------

    // Every piece of the article text is an element with data-start, its offset in the stored text, holding one
    // text node; a point in the page is that offset plus the point's offset in the node. Badges are drawn by the
    // stylesheet, so they are no part of the text.
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
        if (node.nodeType === Node.TEXT_NODE) {
            return Number(piece.dataset.start) + offset;
        }
        return Number(piece.dataset.start) + (offset === 0 ? 0 : piece.textContent.length);
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
            const mark = selected.range.startContainer.parentElement.closest('.claim-mark');
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
