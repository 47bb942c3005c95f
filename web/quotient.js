// Page glue for the WebAssembly app: the Module object Emscripten reads, the loading and error
// message, paste forwarding, saving on close, share links opened in place, and the read-only
// test hook. No network access of any kind.
'use strict';

var appReady = false;   // the WebAssembly runtime is up and main() has run

var Module = {
  canvas: document.getElementById('canvas'),
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  onRuntimeInitialized: function () {
    appReady = true;
    document.getElementById('status').hidden = true;
    Module.canvas.focus();
  },
  onAbort: function (what) {
    var status = document.getElementById('status');
    status.hidden = false;
    status.className = 'error';
    status.textContent = 'Quotient could not start in this browser (' + what + '). ' +
      'It needs WebAssembly and WebGL 2.';
  },
};

// The browser hands pasted text only to a paste event; pass it to the app's clipboard.
document.addEventListener('paste', function (event) {
  var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
  if (appReady) Module.ccall('quotient_paste', null, ['string'], [text]);
});

// Edits made in the moment before the page goes away are saved before it does.
function flush() { if (appReady) Module._quotient_flush(); }
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', function () { if (document.hidden) flush(); });

// A share link pasted into the address bar of a tab already showing Quotient.
window.addEventListener('hashchange', function () { if (appReady) Module._quotient_open_link(); });

// For the end-to-end tests: what the UI shows and where. It cannot change anything.
// (Emscripten defines the export wrappers before the module is instantiated: wait for it.)
window.quotientTest = function () {
  if (!appReady) return null;
  return JSON.parse(Module.UTF8ToString(Module._quotient_test_state()));
};
