// The phones' page of a powermap room. Everything sent or received is sealed with
// tweetnacl's secretbox under a key derived from the room key, which arrives in the address's
// fragment (after #) and is never sent to the server. See docs/ROOM.md.
"use strict";

(function () {
  const CONTEXT = "powermap room v1 ";
  const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const $ = (id) => document.getElementById(id);
  const store = window.sessionStorage;

  let words = {};
  let kinds = {};
  let slices = [];
  let boxKey = null;
  let token = null;
  let seq = 0;
  let room = null; // { place_on, actors, supportive_left }

  // Where support s (-1 .. 1) sits across the square (0 .. 1), and back: supportive actors
  // sit on the side the facilitator's map puts them.
  function across(s) {
    const x = (s + 1) / 2;
    return room.supportive_left ? 1 - x : x;
  }
  function supportAt(x) {
    return room.supportive_left ? 1 - x * 2 : x * 2 - 1;
  }
  const answers = new Map(); // actor index -> { support, influence, slice, dont_know }

  function word(id, values) {
    let text = words[id] || id;
    for (const [k, v] of Object.entries(values || {})) {
      text = text.split("{" + k + "}").join(String(v));
    }
    return text;
  }

  function say(id, values, isError) {
    const status = $("status");
    status.textContent = id ? word(id, values) : "";
    status.className = isError ? "error" : "";
  }

  // Crockford base32: case, dashes and spaces do not matter; I and L are 1, O is 0.
  function canonicalKey(typed) {
    let out = "";
    for (let c of typed.toUpperCase()) {
      if (c === "-" || c === " ") continue;
      if (c === "I" || c === "L") c = "1";
      if (c === "O") c = "0";
      if (ALPHABET.indexOf(c) < 0) return null;
      out += c;
    }
    return out.length === 20 ? out : null;
  }

  function deriveKey(canonical) {
    const bytes = new TextEncoder().encode(CONTEXT + canonical);
    return nacl.hash(bytes).subarray(0, nacl.secretbox.keyLength);
  }

  function seal(text) {
    const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
    const boxed = nacl.secretbox(new TextEncoder().encode(text), nonce, boxKey);
    const out = new Uint8Array(nonce.length + boxed.length);
    out.set(nonce);
    out.set(boxed, nonce.length);
    return out;
  }

  function open(bytes) {
    const n = nacl.secretbox.nonceLength;
    if (bytes.length < n + nacl.secretbox.overheadLength) return null;
    const plain = nacl.secretbox.open(bytes.subarray(n), bytes.subarray(0, n), boxKey);
    return plain ? new TextDecoder().decode(plain) : null;
  }

  function hex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // One sealed call; resolves to the opened answer, or rejects with the room's refusal word.
  async function call(op, fields) {
    const body = Object.assign({ op: op }, fields || {});
    if (op !== "join") {
      seq += 1;
      store.setItem("pm-seq", String(seq));
      body.token = token;
      body.n = seq;
    }
    let response;
    try {
      response = await fetch("api", {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: seal(JSON.stringify(body)),
        cache: "no-store",
        credentials: "omit",
      });
    } catch (e) {
      throw "network";
    }
    if (!response.ok) {
      let reason = "other";
      try {
        reason = (await response.json()).error || "other";
      } catch (e) {
        // A refusal without a body says nothing more.
      }
      throw reason;
    }
    const text = open(new Uint8Array(await response.arrayBuffer()));
    if (text === null) throw "key";
    return JSON.parse(text);
  }

  function refusalWord(reason) {
    const known = ["code", "key", "wait", "locked", "removed", "full", "closed", "too_many", "network"];
    return known.indexOf(reason) >= 0 ? "error_" + reason : "error_other";
  }

  async function loadWords() {
    try {
      const response = await fetch("words.json", { cache: "no-store" });
      const data = await response.json();
      words = data.words || {};
      kinds = data.kinds || {};
      slices = data.slices || [];
      document.documentElement.lang = data.lang || "en";
      document.documentElement.dir = data.dir || "ltr";
    } catch (e) {
      // English stays: the words the page was written with.
    }
    for (const el of document.querySelectorAll("[data-w]")) {
      if (words[el.dataset.w]) el.textContent = words[el.dataset.w];
    }
    document.title = word("title");
    const pkind = $("pkind");
    for (const [id, name] of Object.entries(kinds)) {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = name;
      pkind.appendChild(option);
    }
  }

  function percent(value) {
    return Math.round(value * 100);
  }

  function answered(i) {
    const a = answers.get(i);
    return !!a && (a.dont_know || a.support !== undefined || a.slice !== undefined);
  }

  function progress() {
    let n = 0;
    for (let i = 0; i < room.actors.length; i++) if (answered(i)) n++;
    $("progress").textContent = word("placed", { n: n, total: room.actors.length });
    $("send").disabled = n === 0;
  }

  function mark(i) {
    const a = answers.get(i) || {};
    const card = $("actor-" + i);
    card.classList.toggle("done", answered(i));
    const square = card.querySelector(".square");
    if (square) {
      const dot = square.querySelector(".dot");
      const placed = a.support !== undefined && !a.dont_know;
      dot.hidden = !placed;
      if (placed) {
        dot.style.left = across(a.support) * 100 + "%";
        dot.style.top = (1 - a.influence) * 100 + "%";
        card.querySelector(".support").value = percent(a.support);
        card.querySelector(".influence").value = percent(a.influence);
      }
      square.classList.toggle("off", !!a.dont_know);
      const label = room.actors[i].label;
      square.setAttribute(
        "aria-label",
        placed
          ? label + ": " + word("support") + " " + percent(a.support) + ", " + word("influence") + " " + percent(a.influence)
          : label
      );
    }
    const select = card.querySelector("select.slice");
    if (select) select.value = a.slice || "";
    card.querySelector(".dk input").checked = !!a.dont_know;
    progress();
  }

  function update(i, change) {
    const a = Object.assign({}, answers.get(i) || {}, change);
    if (change.dont_know === undefined && (change.support !== undefined || change.slice !== undefined)) {
      a.dont_know = false;
    }
    answers.set(i, a);
    mark(i);
  }

  function placeFromPointer(i, square, event) {
    const box = square.getBoundingClientRect();
    const x = Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1);
    const y = Math.min(Math.max((event.clientY - box.top) / box.height, 0), 1);
    const support = Math.round(supportAt(x) * 1000) / 1000;
    const influence = Math.round((1 - y) * 1000) / 1000;
    const a = answers.get(i) || {};
    update(i, { support: support, influence: influence, slice: a.slice });
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function slider(className, min, max, labelWord, i, onInput) {
    const label = element("label");
    label.appendChild(element("span", "", word(labelWord)));
    const input = element("input", className);
    input.type = "range";
    input.min = String(min);
    input.max = String(max);
    input.step = "1";
    input.value = String((min + max) / 2);
    input.setAttribute("aria-label", room.actors[i].label + ": " + word(labelWord));
    input.addEventListener("input", () => onInput(Number(input.value) / 100));
    label.appendChild(input);
    return label;
  }

  function card(actor, i) {
    const li = element("li", "actor");
    li.id = "actor-" + i;
    const title = element("h3", "", actor.label + " ");
    if (actor.kind && kinds[actor.kind]) title.appendChild(element("span", "kind", kinds[actor.kind]));
    li.appendChild(title);
    if (room.place_on === "map" || room.place_on === "both") {
      const square = element("div", "square");
      square.setAttribute("role", "img");
      square.dataset.actor = String(i);
      square.appendChild(element("span", "corner tl", word("high")));
      square.appendChild(element("span", "corner bl", word("low")));
      const dot = element("div", "dot");
      dot.hidden = true;
      square.appendChild(dot);
      let dragging = false;
      square.addEventListener("pointerdown", (e) => {
        dragging = true;
        if (square.setPointerCapture) square.setPointerCapture(e.pointerId);
        placeFromPointer(i, square, e);
        e.preventDefault();
      });
      square.addEventListener("pointermove", (e) => {
        if (dragging) placeFromPointer(i, square, e);
      });
      const stop = () => {
        dragging = false;
      };
      square.addEventListener("pointerup", stop);
      square.addEventListener("pointercancel", stop);
      li.appendChild(square);
      const axis = element("div", "axis");
      const ends = [word("opposed"), word("support"), word("supportive")];
      if (room.supportive_left) ends.reverse();
      for (const end of ends) axis.appendChild(element("span", "", end));
      li.appendChild(axis);
      li.appendChild(
        slider("support", -100, 100, "support", i, (v) => {
          const a = answers.get(i) || {};
          update(i, { support: v, influence: a.influence === undefined ? 0.5 : a.influence });
        })
      );
      li.appendChild(
        slider("influence", 0, 100, "influence", i, (v) => {
          const a = answers.get(i) || {};
          update(i, { influence: v, support: a.support === undefined ? 0 : a.support });
        })
      );
    }
    if (room.place_on === "spectrum" || room.place_on === "both") {
      const label = element("label");
      label.appendChild(element("span", "", word("slice")));
      const select = element("select", "slice");
      select.setAttribute("aria-label", actor.label + ": " + word("slice"));
      const none = element("option", "", word("no_slice"));
      none.value = "";
      select.appendChild(none);
      for (const s of slices) {
        const option = element("option", "", s.name);
        option.value = s.id;
        select.appendChild(option);
      }
      select.addEventListener("change", () => update(i, { slice: select.value || undefined }));
      label.appendChild(select);
      li.appendChild(label);
    }
    const dk = element("label", "dk");
    const box = element("input");
    box.type = "checkbox";
    box.addEventListener("change", () => update(i, { dont_know: box.checked }));
    dk.appendChild(box);
    dk.appendChild(element("span", "", word("dont_know")));
    li.appendChild(dk);
    return li;
  }

  function showRoom(joined) {
    room = { place_on: joined.place_on, actors: joined.actors, supportive_left: !!joined.supportive_left };
    for (const a of joined.answers || []) {
      answers.set(a.actor, {
        support: a.support,
        influence: a.influence,
        slice: a.slice,
        dont_know: !!a.dont_know,
      });
    }
    $("join").hidden = true;
    $("place").hidden = false;
    $("you").textContent = word("you_are", { n: joined.number });
    const list = $("actors");
    list.textContent = "";
    room.actors.forEach((actor, i) => list.appendChild(card(actor, i)));
    room.actors.forEach((_, i) => mark(i));
    if (joined.closed) say("error_closed", null, true);
  }

  function answerList() {
    const out = [];
    for (const [i, a] of answers) {
      if (!answered(i)) continue;
      const one = { actor: i };
      if (a.dont_know) {
        one.dont_know = true;
      } else {
        if (a.support !== undefined && (room.place_on === "map" || room.place_on === "both")) {
          one.support = a.support;
          one.influence = a.influence;
        }
        if (a.slice !== undefined && (room.place_on === "spectrum" || room.place_on === "both")) {
          one.slice = a.slice;
        }
        if (one.support === undefined && one.slice === undefined) continue;
      }
      out.push(one);
    }
    return out;
  }

  async function join(code, nick) {
    let client = store.getItem("pm-client");
    if (!client) {
      client = hex(nacl.randomBytes(16));
      store.setItem("pm-client", client);
    }
    const joined = await call("join", { code: code, client: client, nick: nick });
    token = joined.token;
    seq = Math.max(joined.n || 0, Number(store.getItem("pm-seq") || 0));
    store.setItem("pm-code", code);
    showRoom(joined);
    say("");
  }

  function busy(button, running) {
    button.disabled = running;
  }

  async function guarded(button, work) {
    busy(button, true);
    try {
      await work();
    } catch (reason) {
      say(refusalWord(typeof reason === "string" ? reason : "other"), null, true);
    } finally {
      busy(button, false);
      if (room) progress();
    }
  }

  async function start() {
    await loadWords();
    // The key and code travel after '#': read them, keep them for a reload of this tab, and
    // take them out of the address bar (and so out of the history and anyone's sight).
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    let [typedKey, typedCode] = fragment.split(".");
    if (typedKey) {
      store.setItem("pm-key", typedKey);
      if (typedCode) store.setItem("pm-code", typedCode);
      history.replaceState(null, "", window.location.pathname);
    }
    typedKey = store.getItem("pm-key") || "";
    typedCode = store.getItem("pm-code") || "";
    const canonical = canonicalKey(typedKey);
    if (canonical) boxKey = deriveKey(canonical);
    $("key-row").hidden = !!canonical;
    $("code").value = typedCode;
    $("join").hidden = false;

    $("join").addEventListener("submit", (e) => {
      e.preventDefault();
      const button = $("join").querySelector("button");
      guarded(button, async () => {
        if (!boxKey) {
          const key = canonicalKey($("key").value);
          if (!key) throw "key";
          store.setItem("pm-key", key);
          boxKey = deriveKey(key);
        }
        await join($("code").value.trim(), $("nick").value.trim());
      });
    });
    $("send").addEventListener("click", () =>
      guarded($("send"), async () => {
        const list = answerList();
        if (list.length === 0) return;
        await call("answers", { answers: list });
        say("sent");
      })
    );
    $("propose").addEventListener("submit", (e) => {
      e.preventDefault();
      const name = $("pname").value.trim();
      if (!name) return;
      guarded($("propose").querySelector("button"), async () => {
        await call("propose", { name: name, kind: $("pkind").value });
        $("pname").value = "";
        say("proposed");
      });
    });
    $("leave").addEventListener("click", () =>
      guarded($("leave"), async () => {
        await call("leave");
        for (const k of ["pm-key", "pm-code", "pm-client", "pm-seq"]) store.removeItem(k);
        boxKey = null;
        token = null;
        $("place").hidden = true;
        say("left");
      })
    );
    // A reloaded tab that had joined takes its seat back at once.
    if (canonical && typedCode && store.getItem("pm-client")) {
      guarded($("join").querySelector("button"), () => join(typedCode, ""));
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
