// What a hostile page's own scripts try against Lede (test/e2e/hostile-suite.ts drives them
// through page.evaluate, in the page's main world). Each returns what the page could observe.
(function () {
  var stopFlood = false;
  function host() {
    return document.querySelector('lede-card-host');
  }
  function personRanges() {
    var reg = CSS.highlights && CSS.highlights.get('lede-person');
    return reg ? Array.from(reg) : [];
  }
  function sleep(ms) {
    return new Promise(function (r) {
      setTimeout(r, ms);
    });
  }
  function firstRangeWith(name) {
    return personRanges().find(function (r) {
      return r.toString().indexOf(name) >= 0;
    });
  }
  window.hostile = {
    cardOpen: function () {
      var h = host();
      return (h && h.dataset.card) || null;
    },
    /** Synthetic pointer moves over a marked name and the shortcut: isTrusted is false. */
    synthOpen: async function (name) {
      var r = firstRangeWith(name);
      if (!r) return 'no mark';
      var rect = r.getClientRects()[0];
      var x = rect.left + 3;
      var y = rect.top + rect.height / 2;
      for (var i = 0; i < 4; i++) {
        var init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
        document.dispatchEvent(new PointerEvent('pointermove', init));
        document.elementFromPoint(x, y).dispatchEvent(new PointerEvent('pointermove', init));
        await sleep(120);
      }
      await sleep(600);
      var viaPointer = window.hostile.cardOpen();
      var key = { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true, composed: true };
      document.dispatchEvent(new KeyboardEvent('keydown', key));
      document.body.dispatchEvent(new KeyboardEvent('keydown', key));
      // A script's focus() gives focus events that look real; it must not open anything either.
      document.body.tabIndex = -1;
      document.body.focus();
      await sleep(600);
      return { viaPointer: viaPointer, viaKeyboard: window.hostile.cardOpen() };
    },
    /** Reads what the page can of the open card: window.find over guesses, the selection's text. */
    readCard: function (guesses) {
      var found = [];
      for (var i = 0; i < guesses.length; i++) {
        getSelection().removeAllRanges();
        if (window.find(guesses[i], false, false, true, false, false, false)) found.push(guesses[i]);
      }
      var sel = getSelection();
      sel.removeAllRanges();
      sel.selectAllChildren(document.documentElement);
      var all = sel.toString();
      // Chromium: extend a selection word by word from the end of the page, into the card.
      sel.removeAllRanges();
      var end = document.createRange();
      end.selectNodeContents(document.body);
      end.collapse(false);
      sel.addRange(end);
      for (var k = 0; k < 400; k++) sel.modify('extend', 'forward', 'word');
      var extended = sel.toString();
      sel.removeAllRanges();
      var inSelection = guesses.filter(function (g) {
        return all.indexOf(g) >= 0 || extended.indexOf(g) >= 0;
      });
      return { found: found, inSelection: inSelection };
    },
    /** The card's size, probed with elementFromPoint from where the card starts. */
    cardExtent: function () {
      var h = host();
      if (!h) return null;
      var hits = 0;
      var first = null;
      var last = null;
      for (var y = 0; y < innerHeight; y += 2) {
        for (var x = 0; x < innerWidth; x += 8) {
          if (document.elementFromPoint(x, y) === h) {
            hits++;
            if (first === null) first = y;
            last = y;
          }
        }
      }
      return { area: hits, height: first === null ? 0 : last - first };
    },
    /** Frames, resource timing and the host's attributes: what else could leak the frame or memory. */
    leaks: function () {
      var frame = null;
      try {
        frame = window.length > 0 ? String(window[0].location.href) : null;
      } catch {
        frame = 'blocked';
      }
      var resources = performance
        .getEntriesByType('resource')
        .map(function (e) {
          return e.name;
        })
        .filter(function (n) {
          return !/^https?:/.test(n);
        });
      var h = host();
      return {
        frames: window.length,
        frame: frame,
        resources: resources,
        hostAttributes: h
          ? Array.from(h.attributes).map(function (a) {
              return a.name + '=' + a.value;
            })
          : [],
        shadow: h ? String(h.shadowRoot) : null,
      };
    },
    /** WXT 0.21's content-script context listens for this event to retire an older copy. */
    forgeWxtStarted: function (extensionId) {
      var name = extensionId + ':content:wxt:content-script-started';
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      return name;
    },
    /** Single-page-app navigation: a new address and new text. */
    navigate: function (path, paragraphs) {
      history.pushState({}, '', path);
      var body = document.getElementById('body');
      body.textContent = '';
      paragraphs.forEach(function (t) {
        var p = document.createElement('p');
        p.textContent = t;
        body.appendChild(p);
      });
      document.querySelector('h1').textContent = paragraphs[0].slice(0, 60);
    },
    /** A new address and text every `ms`, `count` times. */
    spaFlood: async function (count, ms) {
      for (var i = 0; i < count; i++) {
        window.hostile.navigate('/flood-' + i + '.html', story(i, 6));
        await sleep(ms);
      }
    },
    /** Big texts at a new address every `ms`, until stopFlood(). */
    heavyFlood: async function (ms, paragraphs) {
      stopFlood = false;
      for (var i = 0; !stopFlood; i++) {
        window.hostile.navigate('/heavy-' + i + '.html', story(i, paragraphs));
        await sleep(ms);
      }
    },
    stopFlood: function () {
      stopFlood = true;
    },
  };
  var GIVEN = ['Ana', 'Boris', 'Chen', 'Dara', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena'];
  var FAMILY = ['Moreau', 'Novak', 'Okoro', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Vargas'];
  /** Paragraphs of plausible news text with a date in every sentence, different for each `seed`. */
  function story(seed, count) {
    var out = [];
    for (var p = 0; p < count; p++) {
      var s = [];
      for (var k = 0; k < 12; k++) {
        var a = GIVEN[(seed + p + k) % GIVEN.length] + ' ' + FAMILY[(seed * 7 + p + k * 3) % FAMILY.length];
        s.push(
          a +
            ' said on ' +
            (1 + ((seed + k) % 28)) +
            ' March 2016 that the council of district ' +
            (seed * 100 + p) +
            ' would meet again. “We will keep talking until the work is done,” ' +
            a.split(' ')[1] +
            ' said.',
        );
      }
      out.push(s.join(' '));
    }
    return out;
  }
})();
