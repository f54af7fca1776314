// The page's end of the IPC in the UI tests (and `npm run dev:ui`): the app's `invoke`
// goes to `window.__mizanEngine(cmd, args)`, which the harness (Playwright's
// exposeFunction) or the dev server provides and which answers from mizan-ui-server, the
// real engine. Nothing is computed here. A classic script (no import or export), run
// before any page script.
//
// Test controls, on window.__mizanFake (names kept from the former fake backend):
//   fail(cmd, { code, message }, times = Infinity)  make a command reject, here in the page
//   heal(cmd?)                                      stop failing
//   calls                                           [{ cmd, args }] in call order
//   state()                                         (async) what the database holds
//   dialog('save', path | null)                     (async) the next native save dialog's answer
//   dialog('open', { path, text? } | path | null)   (async) the next native open dialog's answer
//   files                                           (async) { path: text } written via save dialogs
//   backups                                         (async) the backups a user could restore
//   reset({ seed, backups, recovery })              (async) a new temporary database (reload after)
//   drag('enter' | 'over' | 'leave', files)         (async) files dragged over the window
//   drop([{ path, text? } | path])                  (async) files dropped on the window
// drag and drop send the app what the shell sends (ui-server's __drag/__drop run its
// code) on the channel the app gave to watch_drops.
(function () {
  'use strict';
  const clone = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
  const failures = new Map();
  const calls = [];

  async function engine(cmd, args) {
    const reply = await window.__mizanEngine(cmd, clone(args || {}));
    if (reply && 'err' in reply) throw reply.err;
    return reply ? reply.ok : null;
  }

  // The channel the app gave to watch_drops, and the index of its next message.
  let dropChannel = null;
  function deliver(message) {
    if (!dropChannel) throw new Error('drag/drop: the app has not called watch_drops');
    window.__TAURI_INTERNALS__.runCallback(dropChannel.id, { message, index: dropChannel.index++ });
  }

  async function invoke(cmd, args) {
    args = clone(args || {});
    calls.push({ cmd, args });
    if (cmd === 'watch_drops' && typeof args.channel === 'string') {
      dropChannel = { id: Number(args.channel.split(':')[1]), index: 0 };
    }
    const f = failures.get(cmd);
    if (f && f.times > 0) {
      f.times -= 1;
      throw clone(f.error);
    }
    return engine(cmd, args);
  }

  const callbacks = new Map();
  let nextCallback = 1;
  window.__TAURI_INTERNALS__ = Object.assign(window.__TAURI_INTERNALS__ || {}, {
    invoke,
    transformCallback(cb, once) {
      const id = nextCallback++;
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return cb && cb(data);
      });
      return id;
    },
    unregisterCallback: (id) => callbacks.delete(id),
    runCallback: (id, data) => callbacks.get(id) && callbacks.get(id)(data),
    callbacks,
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
  });
  window.__mizanFake = {
    calls,
    fail(cmd, error, times) {
      failures.set(cmd, { error, times: times === undefined ? Infinity : times });
    },
    heal(cmd) {
      if (cmd) failures.delete(cmd);
      else failures.clear();
    },
    state: () => engine('__state'),
    dialog: (kind, answer) => engine('__dialog', { kind, answer: answer === undefined ? null : answer }),
    get files() {
      return engine('__files');
    },
    file: (path) => engine('__file', { path }),
    get backups() {
      return engine('__state').then((s) => s.backups);
    },
    reset: (options) => engine('__reset', options || {}),
    async drag(kind, files) {
      const event = await engine('__drag', { kind, files: files || 0 });
      if (event) deliver(event);
    },
    async drop(files) {
      for (const event of await engine('__drop', { files })) deliver(event);
    },
  };
})();
