extension HTMLReport {
    /// The page's script: the decisions, kept per item id and shown on the item's mark in
    /// the text and its entry in the panel; the mouse (buttons on both, a click makes an
    /// item current), the keys (j/k move, a/r/e/1-9 decide the current item and move on,
    /// p makes it pending again), the replacement editor, the category filter, the
    /// decisions file ("Save decisions") and a copy of the decisions in the browser's local
    /// storage, so a page reopened keeps them.
    static let script = #"""
    (function () {
      'use strict';
      var data = JSON.parse(document.getElementById('emend-data').textContent);
      var order = data.items.map(function (it) { return it.id; });
      var byId = {}, state = {};
      data.items.forEach(function (it) { byId[it.id] = it; state[it.id] = { decision: 'pending' }; });
      var current = null;
      var editor = document.getElementById('editor'), input = document.getElementById('replacement');
      var editing = null, advanceAfterEdit = false;
      var storageKey = 'emend-review:' + data.sha256 + ':' + data.source;

      function parts(id) { return document.querySelectorAll('[data-id="' + id + '"]'); }
      function entry(id) { return document.querySelector('.entry[data-id="' + id + '"]'); }
      function say(text) { document.getElementById('status').textContent = text; }

      function describe(it, st) {
        if (st.decision === 'edit') return 'edited: ' + st.after;
        if (st.decision === 'accept') return it.kind === 'suggestion' ? 'accepted: ' + st.after : 'accepted';
        if (st.decision === 'reject') return 'rejected';
        return 'pending';
      }

      function show(id) {
        var it = byId[id], st = state[id];
        parts(id).forEach(function (el) {
          el.setAttribute('data-decision', st.decision);
          el.querySelectorAll('button[data-act]').forEach(function (b) {
            var act = b.getAttribute('data-act');
            var on = act === 'pick' ? st.decision === 'accept' && it.candidates[+b.getAttribute('data-candidate')] === st.after
                                    : act === st.decision;
            b.setAttribute('aria-pressed', on ? 'true' : 'false');
          });
          var ins = el.querySelector('ins');
          if (ins) ins.textContent = it.kind === 'change' ? (st.decision === 'edit' ? st.after : it.after)
                                                          : (st.decision === 'accept' ? st.after : '');
          var label = el.querySelector('.state');
          if (label) label.textContent = describe(it, st);
        });
      }

      function count() {
        var n = order.filter(function (id) { return state[id].decision !== 'pending'; }).length;
        document.getElementById('count').textContent = n + ' of ' + order.length + ' decided';
      }

      function store() {
        try { localStorage.setItem(storageKey, JSON.stringify(records())); } catch (e) { /* storage off: nothing kept */ }
      }

      /// Sets a decision; `after` is the replacement of an edit or the candidate taken.
      function decide(id, decision, after) {
        var it = byId[id];
        if (decision === 'edit' && it.kind !== 'change') return;
        if (it.kind === 'suggestion' && decision === 'accept' && it.candidates.indexOf(after) < 0) after = it.candidates[0];
        state[id] = (decision === 'edit' || (decision === 'accept' && it.kind === 'suggestion'))
          ? { decision: decision, after: after } : { decision: decision };
        show(id); count(); store();
      }

      /// A button pressed again takes its decision back.
      function toggle(id, decision, after) {
        var st = state[id];
        if (st.decision === decision && (after === undefined || st.after === after)) decide(id, 'pending');
        else decide(id, decision, after);
      }

      function visible(id) { var e = entry(id); return !e || !e.classList.contains('hidden'); }

      function setCurrent(id, scroll) {
        if (current !== null) parts(current).forEach(function (el) { el.classList.remove('current'); });
        current = id;
        parts(id).forEach(function (el) { el.classList.add('current'); });
        if (scroll) {
          var e = entry(id), m = document.getElementById(id);
          if (e) e.scrollIntoView({ block: 'nearest' });
          if (m) m.scrollIntoView({ block: 'center' });
        }
      }

      function move(step) {
        var i = current === null ? (step > 0 ? -1 : order.length) : order.indexOf(current);
        for (var j = i + step; j >= 0 && j < order.length; j += step) {
          if (visible(order[j])) { setCurrent(order[j], true); return; }
        }
        if (current !== null) say(step > 0 ? 'That was the last item.' : 'That was the first item.');
      }

      function openEditor(id, advance) {
        var it = byId[id], st = state[id];
        editing = id; advanceAfterEdit = advance;
        document.getElementById('editor-before').textContent = it.before;
        input.value = st.decision === 'edit' ? st.after : it.after;
        editor.hidden = false;
        input.focus(); input.select();
      }

      function closeEditor() { input.blur(); editor.hidden = true; editing = null; }

      editor.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var id = editing, text = input.value;
        closeEditor();
        if (id === null) return;
        // An empty replacement, or the proposed one, is the change accepted (as in 'emend review').
        if (text === '' || text === byId[id].after) decide(id, 'accept'); else decide(id, 'edit', text);
        if (advanceAfterEdit) move(1);
      });
      document.getElementById('editor-cancel').addEventListener('click', closeEditor);
      input.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { ev.preventDefault(); closeEditor(); } });

      document.addEventListener('click', function (ev) {
        var host = ev.target.closest('[data-id]');
        if (!host || ev.target.closest('#editor')) return;
        var id = host.getAttribute('data-id'), button = ev.target.closest('button[data-act]');
        setCurrent(id, false);
        if (!button) return;
        ev.preventDefault();
        var act = button.getAttribute('data-act');
        if (act === 'edit') openEditor(id, false);
        else if (act === 'pick') toggle(id, 'accept', byId[id].candidates[+button.getAttribute('data-candidate')]);
        else toggle(id, act);
      });

      document.addEventListener('keydown', function (ev) {
        if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || !editor.hidden) return;
        if (/^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName) || ev.target.isContentEditable) return;
        var key = ev.key;
        if (key === 'j') move(1);
        else if (key === 'k') move(-1);
        else if (!/^([arep]|[1-9])$/.test(key) || current === null) return;
        else {
          var it = byId[current];
          if (key === 'a') { decide(current, 'accept', it.kind === 'suggestion' ? it.candidates[0] : undefined); move(1); }
          else if (key === 'r') { decide(current, 'reject'); move(1); }
          else if (key === 'p') decide(current, 'pending');
          else if (key === 'e') {
            if (it.kind === 'change') openEditor(current, true);
            else say('A suggestion takes one of its candidates (a, 1-9) or is rejected (r).');
          } else if (it.kind === 'suggestion' && +key <= it.candidates.length) { decide(current, 'accept', it.candidates[+key - 1]); move(1); }
          else return;
        }
        ev.preventDefault();
      });

      document.querySelectorAll('[data-filter]').forEach(function (box) {
        box.addEventListener('change', function () {
          var c = box.getAttribute('data-filter');
          document.querySelectorAll('.entry[data-category="' + c + '"]').forEach(function (li) { if (li.closest('#changes')) li.classList.toggle('hidden', !box.checked); });
          document.querySelectorAll('span.change[data-category="' + c + '"]').forEach(function (s) { s.classList.toggle('muted', !box.checked); });
        });
      });

      /// The decisions file's records, one per item, in the change log's order.
      function records() {
        return data.items.map(function (it) {
          var st = state[it.id], r = { id: it.id, start: it.start, end: it.end, before: it.before, decision: st.decision };
          if (st.after !== undefined) r.after = st.after;
          return r;
        });
      }

      document.getElementById('save').addEventListener('click', function () {
        var text = JSON.stringify({ schema: 1, source: data.source, sha256: data.sha256, decisions: records() }, null, 2) + '\n';
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        link.download = data.name + '.decisions.json';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
        say('Saved ' + link.download + '; apply it with: emend apply ' + data.source + ' --decisions ' + link.download);
      });

      // Decisions kept in this browser for this very text, when the items are still the same.
      var kept = 0;
      try {
        JSON.parse(localStorage.getItem(storageKey) || '[]').forEach(function (r) {
          var it = byId[r.id];
          if (!it || it.start !== r.start || it.end !== r.end || it.before !== r.before || r.decision === 'pending') return;
          state[r.id] = r.after !== undefined ? { decision: r.decision, after: r.after } : { decision: r.decision };
          kept += 1;
        });
      } catch (e) { /* storage off or unreadable: start afresh */ }
      order.forEach(show);
      count();
      if (order.length) setCurrent(order[0], false);   // the keys start at the first item
      if (kept) say('Restored ' + kept + ' decision' + (kept === 1 ? '' : 's') + ' made earlier in this browser.');
    })();

    """#
}
